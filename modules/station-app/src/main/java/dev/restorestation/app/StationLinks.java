package dev.restorestation.app;

import dev.restorestation.app.channel.ChannelRequests;
import dev.restorestation.app.channel.ChannelServer;
import dev.restorestation.app.cli.HistoryRequests;
import dev.restorestation.history.HistoryDatabase;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a running station offers beyond its window once its history is open: the channel that lets
 * {@code station history}, {@code report} and {@code events} ask it while it holds the H2 file.
 * Failing to offer it is logged; the window works on without it.
 */
final class StationLinks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StationLinks.class);

    private final ChannelServer channel;

    private StationLinks(ChannelServer channel) {
        this.channel = channel;
    }

    /** For the demo bench, whose history is not the shop's: commands open the shop's history themselves. */
    static StationLinks none() {
        return new StationLinks(null);
    }

    static StationLinks start(DataDirectory data, HistoryDatabase history) {
        ChannelRequests requests = HistoryRequests.register(new ChannelRequests(), history, data);
        try {
            return new StationLinks(ChannelServer.serve(data.root(), requests));
        } catch (IOException e) {
            LOG.warn("commands cannot ask this station while it runs: {}", e.getMessage());
            return new StationLinks(null);
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.close();
        }
    }
}
