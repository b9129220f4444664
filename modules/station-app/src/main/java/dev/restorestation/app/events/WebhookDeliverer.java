package dev.restorestation.app.events;

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
import java.util.List;
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
    private final List<Endpoint> endpoints;
    private final byte[] secret;
    private final Clock clock;
    private final Timing timing;
    private final HttpClient http;
    private final Thread thread;
    private volatile boolean stopping;
    /** Passes over the endpoints so far, and whether the last one posted nothing (all done, or all waiting to retry). */
    private volatile long passes;
    private volatile boolean idle;

    /** One endpoint's failures in a row and when it may be tried again. */
    private static final class Endpoint {
        final WebhookEndpoint target;
        int failures;
        Instant nextTry = Instant.MIN;
        /** Every event up to here is settled at this endpoint. */
        long settledThrough;

        Endpoint(WebhookEndpoint target) {
            this.target = target;
        }
    }

    private WebhookDeliverer(Outbox outbox, WebhookSettings settings, Clock clock, Timing timing) {
        this.outbox = outbox;
        this.endpoints = settings.endpoints().stream().map(Endpoint::new).toList();
        this.secret = settings.secret().clone();
        this.clock = clock;
        this.timing = timing;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timing.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.thread = new Thread(this::deliverUntilStopped, "station-webhooks");
        this.thread.setDaemon(true);
    }

    /** Starts delivering; with no endpoints nothing runs. */
    public static WebhookDeliverer start(Outbox outbox, WebhookSettings settings, Clock clock, Timing timing) {
        WebhookDeliverer deliverer = new WebhookDeliverer(outbox, settings, clock, timing);
        settings.refused().forEach(reason -> LOG.warn("not posting events: {}", reason));
        if (!deliverer.endpoints.isEmpty()) {
            deliverer.thread.start();
        }
        return deliverer;
    }

    private void deliverUntilStopped() {
        while (!stopping) {
            boolean posted = false;
            for (Endpoint endpoint : endpoints) {
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
                waiting = outbox.unsettled(endpoint.target.uri().toString(), endpoint.settledThrough, BATCH);
                for (OutboxEvent event : waiting) {
                    String failure = post(endpoint, event);
                    posted = true;
                    if (failure == null) {
                        outbox.settle(endpoint.target.uri().toString(), event, Outbox.Settled.DELIVERED);
                        endpoint.failures = 0;
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
            failed(endpoint, "the history: " + e.getMessage());
        }
        return posted;
    }

    private void failed(Endpoint endpoint, String failure) {
        endpoint.failures++;
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
    private String post(Endpoint endpoint, OutboxEvent event) throws InterruptedException {
        EventJson json = EventJson.of(event);
        byte[] body = json.bytes();
        HttpRequest request = HttpRequest.newBuilder(endpoint.target.uri())
                .timeout(timing.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "RestoreStation")
                .header(EventSignature.ID_HEADER, json.id())
                .header("Idempotency-Key", json.id())
                .header(EventSignature.HEADER, EventSignature.of(body, secret))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            // the status is all that counts: the body is not read, so an endless one cannot hold the thread
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            int status = response.statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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
