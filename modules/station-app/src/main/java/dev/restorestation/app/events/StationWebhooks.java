package dev.restorestation.app.events;

import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.history.Outbox;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shop's webhooks for Settings: {@code webhooks.json} in the data directory, and how far each
 * endpoint is, from the outbox (what was taken) and the running deliverer (what is failing now).
 */
public final class StationWebhooks implements ShopWebhooks {

    private final Path dataDirectory;
    private final Outbox outbox;
    private final WebhookDeliverer deliverer;

    /** @param outbox and {@code deliverer} null where the station posts nothing (the demo bench) */
    public StationWebhooks(Path dataDirectory, Outbox outbox, WebhookDeliverer deliverer) {
        this.dataDirectory = dataDirectory;
        this.outbox = outbox;
        this.deliverer = deliverer;
    }

    /** Follows the data directory's file, so what Settings saves is posted to within a second. */
    public static WebhookDeliverer follow(Path dataDirectory, Outbox outbox, Clock clock,
                                          WebhookDeliverer.Timing timing) {
        return WebhookDeliverer.follow(outbox, new WebhookFile(dataDirectory), clock, timing);
    }

    @Override
    public Setup setup() throws IOException {
        return WebhookSettings.setup(dataDirectory);
    }

    @Override
    public void save(Setup setup) throws IOException {
        WebhookSettings.write(dataDirectory, setup);
    }

    @Override
    public List<Delivery> deliveries() {
        if (!posting()) {
            return List.of();
        }
        WebhookSettings settings;
        try {
            settings = WebhookSettings.read(dataDirectory);
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
        Map<String, Delivery> now = deliverer.status();
        List<Delivery> deliveries = new ArrayList<>();
        for (WebhookEndpoint endpoint : settings.endpoints()) {
            String url = endpoint.uri().toString();
            Outbox.EndpointState state = outbox.state(url, settings.events());
            Delivery trying = now.get(url);
            deliveries.add(new Delivery(endpoint.describe(), state.delivered(), state.gaveUp(), state.waiting(),
                    trying == null ? 0 : trying.failuresInRow(), trying == null ? null : trying.lastFailure(),
                    trying == null ? null : trying.nextTry()));
        }
        return deliveries;
    }

    @Override
    public boolean posting() {
        return outbox != null && deliverer != null;
    }
}
