package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restorestation.app.assembly.StationAssembly;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.app.channel.ChannelClient;
import dev.restorestation.app.channel.ChannelException;
import dev.restorestation.app.channel.ChannelRequests;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistoryException;
import dev.restorestation.history.HistoryInUseException;
import dev.restorestation.history.HistorySource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a command reaches the history: through the station running on the data directory when one
 * answers on its channel (it holds the H2 file), else by opening the history itself for the one
 * request.
 */
final class HistoryAccess {

    private HistoryAccess() {
    }

    /** The {@code result} of {@code request}; {@code none} when the history is an H2 file that does not exist yet. */
    static JsonNode ask(StationContext station, PrintWriter err, String request, Object params, Supplier<JsonNode> none) {
        return ask(station, err, request, params, none, false).orElseThrow();
    }

    /**
     * As {@link #ask}, but empty instead of an error while another process holds the H2 file
     * without answering on the channel (a station that is still starting).
     */
    static Optional<JsonNode> askUnlessHeld(StationContext station, PrintWriter err, String request, Object params,
                                            Supplier<JsonNode> none) {
        return ask(station, err, request, params, none, true);
    }

    private static Optional<JsonNode> ask(StationContext station, PrintWriter err, String request, Object params,
                                          Supplier<JsonNode> none, boolean quietWhenHeld) {
        JsonNode asked = HistoryRequests.JSON.valueToTree(params);
        Optional<ChannelClient> running = ChannelClient.find(station.dataDirectoryPath());
        if (running.isPresent()) {
            try {
                return Optional.of(running.get().ask(request, asked));
            } catch (ChannelException e) {
                throw new StationException(e.getMessage());
            }
        }
        if (Files.exists(station.dataDirectoryPath()) && !Files.isDirectory(station.dataDirectoryPath())) {
            throw new StationException(text("station.dataDirNotFolder", station.dataDirectoryPath().toString()));
        }
        StationAssembly assembly = CommandAssembly.reading(station, err);
        if (!assembly.historyExists()) {
            return Optional.of(none.get());
        }
        HistorySource source = assembly.historySource();
        try (HistoryDatabase database = HistoryDatabase.open(source, assembly.station(), Clock.systemUTC())) {
            ChannelRequests.Handler handler = HistoryRequests.register(new ChannelRequests(), database, assembly.data())
                    .handler(request).orElseThrow(() -> new IllegalStateException("no history request " + request));
            return Optional.of(handler.handle(asked));
        } catch (ChannelRequests.Refused e) {
            throw new StationException(e.getMessage());
        } catch (HistoryInUseException e) {
            if (quietWhenHeld) {
                return Optional.empty();
            }
            throw new StationException(StationAssembly.describe(e));
        } catch (HistoryException e) {
            throw new StationException(StationAssembly.describe(e));
        }
    }
}
