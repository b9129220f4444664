package dev.restorestation.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restorestation.app.DataDirectory;
import dev.restorestation.app.StationServices;
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
        DataDirectory data = new DataDirectory(station.dataDirectoryPath());
        HistorySource source = source(data, err);
        if (source instanceof HistorySource.EmbeddedFile file && !Files.exists(file.databaseFile())
                && !HistoryDatabase.wasSetAside(file)) {
            return Optional.of(none.get());
        }
        try (HistoryDatabase database = HistoryDatabase.open(source, StationServices.stationName(), Clock.systemUTC())) {
            ChannelRequests.Handler handler = HistoryRequests.register(new ChannelRequests(), database, data)
                    .handler(request).orElseThrow(() -> new IllegalStateException("no history request " + request));
            return Optional.of(handler.handle(asked));
        } catch (ChannelRequests.Refused e) {
            throw new StationException(e.getMessage());
        } catch (HistoryInUseException e) {
            if (quietWhenHeld) {
                return Optional.empty();
            }
            throw new StationException(StationServices.describe(e));
        } catch (HistoryException e) {
            throw new StationException(StationServices.describe(e));
        }
    }

    /** The history the settings name for this data directory, checked before anything is opened. */
    static HistorySource source(DataDirectory data, PrintWriter err) {
        if (Files.exists(data.root()) && !Files.isDirectory(data.root())) {
            throw new StationException("data directory " + data.root() + " exists but is not a folder");
        }
        try {
            return HistorySource.choose(CommandSettings.load(data, err).databaseUrl(), data.database());
        } catch (IllegalArgumentException e) {
            throw new StationException("the settings name a history database this station cannot use: "
                    + e.getMessage());
        }
    }
}
