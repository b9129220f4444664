package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.app.channel.ChannelClient;
import dev.restorestation.app.channel.ChannelException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "queue", mixinStandardHelpOptions = true,
        description = "The running station's restores: waiting (in order, with what holds each back), running, done.")
public final class QueueCommand implements Callable<Integer> {


    @ParentCommand
    StationContext station;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "The queue as one JSON object.")
    boolean json;

    @ArgGroup(exclusive = true)
    Change change;

    static final class Change {
        @Option(names = "--pause", description = "Hold back every waiting restore; running ones go on.")
        boolean pause;
        @Option(names = "--resume", description = "Let waiting restores start again.")
        boolean resume;
        @Option(names = "--up", paramLabel = "SLOT", description = "Move the waiting restore in SLOT one place earlier.")
        String up;
        @Option(names = "--down", paramLabel = "SLOT", description = "Move the waiting restore in SLOT one place later.")
        String down;
        @Option(names = "--remove", paramLabel = "SLOT", description = "Take the waiting restore in SLOT out of the queue.")
        String remove;

        Map<String, String> params() {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("action", pause ? "pause" : resume ? "resume" : up != null ? "up" : down != null ? "down" : "remove");
            String slot = up != null ? up : down != null ? down : remove;
            if (slot != null) {
                params.put("slot", slot.strip());
            }
            return params;
        }
    }

    @Override
    public Integer call() throws JsonProcessingException {
        ChannelClient running = ChannelClient.find(station.dataDirectoryPath())
                .orElseThrow(() -> new StationException(text("queue.notRunning")));
        JsonNode params = HistoryRequests.JSON.valueToTree(change == null ? Map.of("action", "show") : change.params());
        JsonNode queue;
        try {
            queue = running.ask(QueueRequests.QUEUE, params);
        } catch (ChannelException e) {
            throw new StationException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(HistoryRequests.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(queue));
        } else {
            QueueLines.print(queue, out);
        }
        out.flush();
        return 0;
    }
}
