package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restorestation.app.assembly.DataDirectory;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.app.channel.ChannelClient;
import dev.restorestation.app.channel.ChannelRequests;
import dev.restorestation.app.events.EventJson;
import dev.restorestation.app.events.WebhookSettings;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.history.HistorySource;
import dev.restorestation.history.Outbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Events for other systems (attempt started, step reached, ended, verified; report issued), oldest first.")
public final class EventsCommand implements Callable<Integer> {

    static final long FOLLOW_POLL_MILLIS = 1000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    StationContext station;

    @Spec
    CommandSpec spec;

    @Option(names = "--since", paramLabel = "ID", description = "Only events after this one (its sequence number).")
    long since;

    @Option(names = "--json", description = "One JSON object per line, as the README documents.")
    boolean json;

    @Option(names = "--follow", description = "Keep printing events as they happen (Ctrl+C stops).")
    boolean follow;

    /** When following: the H2 file's size and time after the last read of it here; null before any. */
    private List<Object> fileSeen;

    @Option(names = "--deliveries", description = "How far each webhook is: events delivered, given up, waiting.")
    boolean deliveries;

    @Override
    public Integer call() {
        if (deliveries) {
            return showDeliveries();
        }
        if (since < 0) {
            throw new StationException(text("events.badSince"), StationException.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path file = CommandAssembly.reading(station, spec.commandLine().getErr()).historySource()
                instanceof HistorySource.EmbeddedFile embedded ? embedded.databaseFile() : null;
        long last = since;
        while (true) {
            List<EventJson> events = follow ? poll(last, file) : read(last);
            for (EventJson event : events) {
                out.println(json ? event.line() : humanLine(event));
                last = event.sequence();
            }
            out.flush();
            if (events.size() == HistoryRequests.EVENTS_PER_ANSWER) {
                continue;
            }
            if (!follow) {
                return 0;
            }
            try {
                Thread.sleep(FOLLOW_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
    }

    /**
     * The events after {@code after} while following: from the running station when one answers;
     * else from the H2 file only when it changed since this command last read it (an event is only
     * written by a process that holds it), so the file is not opened every second under a station
     * that is about to start. A file held by a process still starting is skipped for this round.
     */
    private List<EventJson> poll(long after, Path file) {
        boolean direct = ChannelClient.find(station.dataDirectoryPath()).isEmpty();
        if (direct && file != null && stamp(file).equals(fileSeen)) {
            return List.of();
        }
        Optional<JsonNode> answer = HistoryAccess.askUnlessHeld(station, spec.commandLine().getErr(),
                HistoryRequests.EVENTS, params(after), HistoryRequests.JSON::createObjectNode);
        if (direct && file != null && answer.isPresent()) {
            fileSeen = stamp(file);
        }
        return answer.map(EventsCommand::events).orElse(List.of());
    }

    /** The events after {@code after}: from the running station if one answers, else from the history opened for the one read. */
    private List<EventJson> read(long after) {
        return events(HistoryAccess.ask(station, spec.commandLine().getErr(), HistoryRequests.EVENTS, params(after),
                HistoryRequests.JSON::createObjectNode));
    }

    private static Map<String, Object> params(long after) {
        return Map.of("since", after, "limit", HistoryRequests.EVENTS_PER_ANSWER);
    }

    private static List<Object> stamp(Path file) {
        try {
            return List.of(Files.size(file), Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<EventJson> events(JsonNode answer) {
        List<EventJson> events = new ArrayList<>();
        for (JsonNode each : answer.path("events")) {
            try {
                events.add(HistoryRequests.JSON.treeToValue(each, EventJson.class));
            } catch (IOException e) {
                throw new StationException(text("events.unreadable", e.getMessage()));
            }
        }
        return events;
    }

    private int showDeliveries() {
        DataDirectory data = new DataDirectory(station.dataDirectoryPath());
        JsonNode answer = HistoryAccess.ask(station, spec.commandLine().getErr(), HistoryRequests.DELIVERIES, Map.of(),
                () -> {
                    try {
                        return HistoryRequests.deliveries(data, (endpoint, types) -> new Outbox.EndpointState(0, 0, 0));
                    } catch (ChannelRequests.Refused e) {
                        throw new StationException(e.getMessage());
                    }
                });
        PrintWriter out = spec.commandLine().getOut();
        if (answer.path("endpoints").isEmpty() && answer.path("refused").isEmpty()) {
            out.println(text("events.noWebhooks", data.root().resolve(WebhookSettings.FILE).toString()));
        }
        // the endpoints are as the shop's file wrote them: a control character in one must not steer the terminal
        for (JsonNode each : answer.path("endpoints")) {
            out.println(ErrorLine.of(each.path("endpoint").asText() + ": " + text("events.deliveries",
                    each.path("delivered").asLong(), each.path("gaveUp").asLong(), each.path("waiting").asLong())));
        }
        for (JsonNode refused : answer.path("refused")) {
            out.println(ErrorLine.of(text("events.notPosted", refused.asText())));
        }
        out.flush();
        return 0;
    }

    private static String humanLine(EventJson e) {
        String detail = switch (e.type()) {
            case "attempt.step" -> step(e.step());
            case "attempt.ended" -> outcome(e.outcome()) + (e.appleCode() == null ? "" : " · " + text("events.error", String.valueOf(e.appleCode())))
                    + (e.category() == null ? "" : " · " + e.category());
            case "attempt.verified" -> verification(e.verification()) + (e.deviceBuild() == null ? "" : " · " + text("events.build", e.deviceBuild()));
            case "report.issued" -> "SHA-256 " + e.reportSha256();
            default -> e.productType() == null ? "" : e.productType() + (e.build() == null ? "" : " → " + e.build());
        };
        String slot = e.slot() == null ? "" : text("events.slot", e.slot());
        return String.format(Locale.ROOT, "%6d  %s  %-16s  %-12s  %-8s  %s", e.sequence(), WHEN.format(e.occurredAt()),
                e.type(), e.ticket(), slot, detail).stripTrailing();
    }

    /** The step the event names by its English label, in words; a label this station does not know, as it came. */
    private static String step(String label) {
        return Arrays.stream(RestoreStep.values()).filter(step -> step.label().equals(label)).findFirst()
                .map(step -> text("step." + step.name())).orElse(label);
    }

    private static String outcome(String name) {
        return Arrays.stream(AttemptOutcome.values()).anyMatch(outcome -> outcome.name().equals(name))
                ? text("outcome." + name) : name;
    }

    private static String verification(String id) {
        return switch (id == null ? "" : id) {
            case "verified" -> text("events.verified");
            case "wrong-build" -> text("events.wrongBuild");
            case "not-seen" -> text("events.notSeen");
            default -> id;
        };
    }
}
