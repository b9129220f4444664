package dev.restorestation.app.cli;

import dev.restorestation.app.assembly.DataDirectory;
import dev.restorestation.app.channel.ChannelRequests;
import dev.restorestation.app.channel.ChannelServer;
import dev.restorestation.app.events.WebhookDeliverer;
import dev.restorestation.app.events.StationWebhooks;
import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.restore.RestoreQueue;
import dev.restorestation.history.HistoryDatabase;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a running station offers beyond its window once its history is open: the channel that lets
 * {@code station history}, {@code report}, {@code events} and {@code queue} ask it while it holds the H2 file, and
 * the posting of its events to the shop's webhooks. Failing to offer either is logged; the window
 * works on without them.
 */
public final class StationLinks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StationLinks.class);
    /** How long a stopping station gives its last events to reach the webhooks. */
    private static final Duration LAST_EVENTS_GRACE = Duration.ofSeconds(3);

    private final ChannelServer channel;
    private final WebhookDeliverer webhooks;
    private final ShopWebhooks shopWebhooks;

    private StationLinks(ChannelServer channel, WebhookDeliverer webhooks, ShopWebhooks shopWebhooks) {
        this.channel = channel;
        this.webhooks = webhooks;
        this.shopWebhooks = shopWebhooks;
    }

    /**
     * For the demo bench, whose history is not the shop's: commands open the shop's history
     * themselves, and its events are posted nowhere (Settings still edits the shop's webhooks).
     */
    public static StationLinks none(DataDirectory data) {
        return new StationLinks(null, null, new StationWebhooks(data.root(), null, null));
    }

    /** Starts the channel (answering from {@code history} and {@code queue}) and the webhook posts. */
    public static StationLinks start(DataDirectory data, HistoryDatabase history, RestoreQueue queue) {
        ChannelRequests requests = QueueRequests.register(HistoryRequests.register(new ChannelRequests(), history, data),
                queue);
        ChannelServer channel = null;
        try {
            channel = ChannelServer.serve(data.root(), requests);
        } catch (IOException e) {
            LOG.warn("commands cannot ask this station while it runs: {}", e.getMessage());
        }
        WebhookDeliverer webhooks = StationWebhooks.follow(data.root(), history.outbox(), Clock.systemUTC(),
                WebhookDeliverer.Timing.STANDARD);
        return new StationLinks(channel, webhooks, new StationWebhooks(data.root(), history.outbox(), webhooks));
    }

    /** The shop's webhooks as Settings shows them, with how far this station's posting is. */
    public ShopWebhooks webhooks() {
        return shopWebhooks;
    }

    @Override
    public void close() {
        if (webhooks != null) {
            webhooks.close(LAST_EVENTS_GRACE);
        }
        if (channel != null) {
            channel.close();
        }
    }
}
