package dev.restorestation.app.events;

import dev.restorestation.app.text.AppText;
import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.text.NetworkFailure;
import dev.restorestation.core.text.Worded;
import dev.restorestation.core.text.Wording;
import dev.restorestation.history.Outbox;
import dev.restorestation.history.OutboxEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts this station's events from the outbox to each webhook endpoint, oldest first, on a thread
 * of its own so that no restore ever waits for a receiver. An event counts as delivered once the
 * endpoint answers 2xx and that is recorded in the history: a stop between the two sends it again
 * after the restart, with the same id (at least once). A receiver that fails is retried with
 * doubling waits; an event it still refuses a day after it happened is given up (logged and
 * recorded), so one bad event cannot hold the others back for ever.
 *
 * <p>What a dead endpoint costs: nothing is written while it is down, and this holds one small
 * state per endpoint and at most {@link #BATCH} events in memory.
 */
public final class WebhookDeliverer implements AutoCloseable {

    /** How often the outbox is looked at, and how the waits after failures grow. */
    public record Timing(Duration poll, Duration firstRetry, Duration longestRetry, Duration giveUpAfter,
                         Duration requestTimeout) {
        public static final Timing STANDARD = new Timing(Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofMinutes(5), Duration.ofHours(24), Duration.ofSeconds(10));
    }

    static final int BATCH = 20;
    /**
     * How far behind the newest event an endpoint that has caught up looks again: events are
     * numbered when written and may commit a little out of order, so one written just before the
     * newest may appear a moment after it. Keeps each look at the outbox to the recent events.
     */
    static final long LOOK_BACK = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliverer.class);

    private final Outbox outbox;
    private final Supplier<WebhookSettings> source;
    /** The endpoints being posted to, by URL, in the order the settings name them. */
    private volatile Map<String, Endpoint> endpoints = Map.of();
    private volatile WebhookSettings settings;
    private final Clock clock;
    private final Timing timing;
    private final HttpClient http;
    private final Thread thread;
    private volatile boolean stopping;
    /** Passes over the endpoints so far, and whether the last one posted nothing (all done, or all waiting to retry). */
    private volatile long passes;
    private volatile boolean idle;

    /** One endpoint's failures in a row, the last one's reason, and when it may be tried again. */
    private static final class Endpoint {
        final WebhookEndpoint target;
        volatile int failures;
        volatile Wording lastFailure;
        volatile Instant nextTry = Instant.MIN;
        /** Every event up to here is settled at this endpoint. */
        long settledThrough;

        Endpoint(WebhookEndpoint target) {
            this.target = target;
        }
    }

    private WebhookDeliverer(Outbox outbox, Supplier<WebhookSettings> source, Clock clock, Timing timing) {
        this.outbox = outbox;
        this.source = source;
        this.clock = clock;
        this.timing = timing;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timing.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.thread = new Thread(this::deliverUntilStopped, "station-webhooks");
        this.thread.setDaemon(true);
    }

    /** Starts delivering to fixed endpoints; with none nothing runs. */
    public static WebhookDeliverer start(Outbox outbox, WebhookSettings settings, Clock clock, Timing timing) {
        WebhookDeliverer deliverer = new WebhookDeliverer(outbox, () -> settings, clock, timing);
        deliverer.reload();
        if (!settings.endpoints().isEmpty()) {
            deliverer.thread.start();
        }
        return deliverer;
    }

    /**
     * Starts delivering to the endpoints {@code source} names, asked again before each look at the
     * outbox, so that endpoints added or removed in Settings are posted to, or not, from then on.
     */
    public static WebhookDeliverer follow(Outbox outbox, Supplier<WebhookSettings> source, Clock clock, Timing timing) {
        WebhookDeliverer deliverer = new WebhookDeliverer(outbox, source, clock, timing);
        deliverer.thread.start();
        return deliverer;
    }

    /** Each endpoint being posted to, by its URL, with its failures in a row, the last reason and the next try. */
    public Map<String, ShopWebhooks.Delivery> status() {
        Map<String, ShopWebhooks.Delivery> status = new LinkedHashMap<>();
        endpoints.forEach((url, endpoint) -> status.put(url, new ShopWebhooks.Delivery(endpoint.target.describe(), 0, 0, 0,
                endpoint.failures, endpoint.lastFailure,
                endpoint.failures == 0 ? null : endpoint.nextTry)));
        return status;
    }

    /** Takes the settings the source gives now, keeping the state of endpoints that stay. */
    private void reload() {
        WebhookSettings now = source.get();
        if (now == settings) {
            return;
        }
        if (settings == null || !settings.refused().equals(now.refused())) {
            now.refused().forEach(reason -> LOG.warn("not posting events: {}", reason));
        }
        // what an endpoint has settled holds for the types it was given; other types start it afresh
        Map<String, Endpoint> before = settings != null && settings.events().equals(now.events()) ? endpoints : Map.of();
        Map<String, Endpoint> kept = new LinkedHashMap<>();
        for (WebhookEndpoint target : now.endpoints()) {
            kept.put(target.uri().toString(), before.getOrDefault(target.uri().toString(), new Endpoint(target)));
        }
        settings = now;
        endpoints = Collections.unmodifiableMap(kept);
    }

    private void deliverUntilStopped() {
        while (!stopping) {
            boolean posted = false;
            try {
                reload();
            } catch (RuntimeException e) {
                LOG.warn("webhooks: {}", e.getMessage());
            }
            for (Endpoint endpoint : endpoints.values()) {
                if (stopping) {
                    return;
                }
                if (!clock.instant().isBefore(endpoint.nextTry)) {
                    posted |= deliverDue(endpoint);
                }
            }
            idle = !posted;
            passes++;
            try {
                Thread.sleep(timing.poll().toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Posts the endpoint's waiting events in order until one fails or none is left; true when it posted any. */
    private boolean deliverDue(Endpoint endpoint) {
        boolean posted = false;
        try {
            List<OutboxEvent> waiting;
            long newest = outbox.latest();
            do {
                waiting = outbox.unsettled(endpoint.target.uri().toString(), settings.events(), endpoint.settledThrough,
                        BATCH);
                for (OutboxEvent event : waiting) {
                    Wording failure = post(endpoint, event);
                    posted = true;
                    if (failure == null) {
                        outbox.settle(endpoint.target.uri().toString(), event, Outbox.Settled.DELIVERED);
                        endpoint.failures = 0;
                        endpoint.lastFailure = null;
                    } else if (!event.occurredAt().plus(timing.giveUpAfter()).isAfter(clock.instant())) {
                        outbox.settle(endpoint.target.uri().toString(), event, Outbox.Settled.GAVE_UP);
                        LOG.warn("gave up posting event {} to {} after {}: {}", event.eventId(),
                                endpoint.target.describe(), timing.giveUpAfter(), failure);
                    } else {
                        failed(endpoint, failure);
                        return posted;
                    }
                }
            } while (waiting.size() == BATCH && !stopping);
            endpoint.settledThrough = Math.max(endpoint.settledThrough, newest - LOOK_BACK);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        } catch (RuntimeException e) {
            failed(endpoint, AppText.wording("webhook.historyFailed", Worded.reasonOf(e)));
        }
        return posted;
    }

    private void failed(Endpoint endpoint, Wording failure) {
        endpoint.failures++;
        endpoint.lastFailure = failure;
        long factor = 1L << Math.min(endpoint.failures - 1, 30);
        Duration wait = timing.firstRetry().multipliedBy(factor);
        if (wait.compareTo(timing.longestRetry()) > 0) {
            wait = timing.longestRetry();
        }
        endpoint.nextTry = clock.instant().plus(wait);
        LOG.info("posting events to {} failed ({}; {} in a row); next try in {} s", endpoint.target.describe(), failure,
                endpoint.failures, wait.toSeconds());
    }

    /** Null when the endpoint took the event, else why not in a few words. */
    private Wording post(Endpoint endpoint, OutboxEvent event) throws InterruptedException {
        EventJson json = EventJson.of(event);
        byte[] body = json.bytes();
        HttpRequest request = HttpRequest.newBuilder(endpoint.target.uri())
                .timeout(timing.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "RestoreStation")
                .header(EventSignature.ID_HEADER, json.id())
                .header("Idempotency-Key", json.id())
                .header(EventSignature.HEADER, EventSignature.of(body, settings.secret()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            // the status is all that counts: the body is not read, so an endless one cannot hold the thread
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            int status = response.statusCode();
            return status / 100 == 2 ? null : AppText.wording("webhook.httpStatus", status);
        } catch (IOException e) {
            // the JDK's exception names no cause a shop can act on; its kind does
            LOG.debug("posting to {} failed", endpoint.target.describe(), e);
            return NetworkFailure.reason(e);
        }
    }

    /** Stops delivering at once, abandoning a post in flight (its event is posted again on the next start). */
    @Override
    public void close() {
        close(Duration.ZERO);
    }

    /**
     * Stops delivering, first giving the events already written up to {@code grace} to go out (a
     * command-line restore ends seconds after its last events); receivers that are failing are not
     * waited for.
     */
    public void close(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        long from = passes;
        while (thread.isAlive() && System.nanoTime() < deadline && (passes < from + 2 || !idle)) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stopping = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
