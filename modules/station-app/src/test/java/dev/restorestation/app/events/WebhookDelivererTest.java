package dev.restorestation.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import dev.restorestation.history.Outbox;
import dev.restorestation.history.OutboxEvent;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook delivery from a real H2 outbox to a real receiver on loopback. */
class WebhookDelivererTest {

    private static final byte[] SECRET = "shop-secret-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final Set<String> ALL = Set.copyOf(OutboxEvent.TYPES);
    private static final WebhookDeliverer.Timing QUICK = new WebhookDeliverer.Timing(Duration.ofMillis(20),
            Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofHours(24), Duration.ofMillis(500));

    @TempDir
    Path dataDir;

    private HistoryDatabase history;

    @AfterEach
    void closeHistory() {
        if (history != null) {
            history.close();
        }
    }

    @Test
    void eachEventArrivesOnceInOrderSignedWithItsIdAsIdempotencyKey() throws Exception {
        open();
        long id = history.attemptLog().begin(attempt("R-7"));
        history.attemptLog().finish(id, AttemptOutcome.SUCCEEDED, null);
        try (Receiver receiver = Receiver.on(0, n -> 200);
             WebhookDeliverer deliverer = start(receiver.url(), QUICK)) {
            waitUntil(() -> receiver.received().size() == 2);

            List<Receiver.Received> got = receiver.received();
            assertThat(got).extracting(r -> EventJson.parse(r.body()).type())
                    .containsExactly("attempt.started", "attempt.ended");
            for (Receiver.Received each : got) {
                EventJson event = EventJson.parse(each.body());
                assertThat(each.signature()).isEqualTo(EventSignature.of(each.body().getBytes(StandardCharsets.UTF_8), SECRET))
                        .isNotEqualTo(EventSignature.of(each.body().getBytes(StandardCharsets.UTF_8),
                                "another-secret-0123".getBytes(StandardCharsets.UTF_8)));
                assertThat(each.eventHeader()).isEqualTo(event.id()).isEqualTo(each.idempotencyKey());
                assertThat(event.schema()).isEqualTo(1);
                assertThat(event.ticket()).isEqualTo("R-7");
                assertThat(event.ecid()).isEqualTo("001A2B3C4D5E6F70");
            }
            assertThat(EventJson.parse(got.get(1).body()).outcome()).isEqualTo("SUCCEEDED");
            waitUntil(() -> history.outbox().state(receiver.url(), ALL).delivered() == 2);
        }
    }

    @Test
    void aReceiverThatIsDownThenAnswers500ThenIsSlowGetsEveryEventOnceInOrder() throws Exception {
        open();
        int port;
        try (Receiver probe = Receiver.on(0, n -> 200)) {
            port = probe.port();
        }
        String url = "http://127.0.0.1:" + port + "/hooks/restore";
        AttemptLog log = history.attemptLog();
        try (WebhookDeliverer deliverer = start(url, QUICK)) {
            for (String ticket : List.of("R-1", "R-2", "R-3")) {
                log.finish(log.begin(attempt(ticket)), AttemptOutcome.FAILED, null);
            }
            Thread.sleep(400);
            assertThat(history.outbox().state(url, ALL)).as("nothing written while it is down")
                    .isEqualTo(new Outbox.EndpointState(0, 0, 6));

            try (Receiver receiver = Receiver.on(port, n -> {
                if (n == 1) {
                    Thread.sleep(1500);
                }
                return n <= 3 ? 500 : 200;
            })) {
                waitUntil(() -> history.outbox().state(url, ALL).delivered() == 6);
                List<String> tickets = receiver.received().stream().map(r -> parse(r.body()))
                        .map(e -> e.ticket() + " " + e.type()).toList();
                assertThat(tickets).containsExactly("R-1 attempt.started", "R-1 attempt.ended", "R-2 attempt.started",
                        "R-2 attempt.ended", "R-3 attempt.started", "R-3 attempt.ended");
                assertThat(receiver.requests()).as("a slow answer and two 500s were retried").isGreaterThanOrEqualTo(9);
            }
        }
    }

    @Test
    void aReceiverThatAnswers2xxWithAnEndlessBodyHoldsNothingUp() throws Exception {
        open();
        history.attemptLog().finish(history.attemptLog().begin(attempt("R-12")), AttemptOutcome.SUCCEEDED, null);
        HttpServer endless = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger posts = new AtomicInteger();
        endless.createContext("/hooks", exchange -> {
            posts.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[8192];
            try (OutputStream body = exchange.getResponseBody()) {
                while (true) {
                    body.write(chunk);
                }
            } catch (IOException clientLeft) {
                // the station closed the connection without reading the body, as it should
            }
        });
        endless.setExecutor(Executors.newFixedThreadPool(4));
        endless.start();
        String url = "http://127.0.0.1:" + endless.getAddress().getPort() + "/hooks/restore";
        try (WebhookDeliverer deliverer = start(url, QUICK)) {
            waitUntil(() -> history.outbox().state(url, ALL).delivered() == 2);
            assertThat(posts.get()).isEqualTo(2);
        } finally {
            endless.stop(0);
            ((ExecutorService) endless.getExecutor()).shutdownNow();
        }
    }

    @Test
    void aStationStoppedWhileAPostIsInFlightPostsItAgainAfterItsRestart() throws Exception {
        open();
        long id = history.attemptLog().begin(attempt("R-9"));
        history.attemptLog().finish(id, AttemptOutcome.SUCCEEDED, null);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WebhookDeliverer.Timing patient = new WebhookDeliverer.Timing(Duration.ofMillis(20), Duration.ofMillis(50),
                Duration.ofMillis(200), Duration.ofHours(24), Duration.ofSeconds(30));
        try (Receiver receiver = Receiver.on(0, n -> {
            if (n == 1) {
                held.countDown();
                release.await(30, TimeUnit.SECONDS);
            }
            return 200;
        })) {
            WebhookDeliverer first = start(receiver.url(), patient);
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            first.close();
            history.close();
            release.countDown();
            history = null;

            open();
            try (WebhookDeliverer second = start(receiver.url(), patient)) {
                waitUntil(() -> history.outbox().state(receiver.url(), ALL).delivered() == 2);
            }
            List<String> ids = receiver.received().stream().map(r -> parse(r.body()).id()).distinct().toList();
            List<String> outbox = history.outbox().after(0, 10).stream().map(e -> e.eventId()).toList();
            assertThat(ids).as("every event arrived; a repeat carries the same id").containsExactlyElementsOf(outbox);
        }
    }

    @Test
    void anEventStillRefusedADayAfterItHappenedIsGivenUpAndTheNextOnesGoOn() throws Exception {
        open();
        history.attemptLog().begin(attempt("R-4"));
        WebhookDeliverer.Timing dayGone = new WebhookDeliverer.Timing(Duration.ofMillis(20), Duration.ofMillis(50),
                Duration.ofMillis(200), Duration.ZERO, Duration.ofMillis(500));
        try (Receiver receiver = Receiver.on(0, n -> 500);
             WebhookDeliverer deliverer = start(receiver.url(), dayGone)) {
            waitUntil(() -> history.outbox().state(receiver.url(), ALL).gaveUp() == 1);
            assertThat(receiver.requests()).isEqualTo(1);
            assertThat(history.outbox().state(receiver.url(), ALL)).isEqualTo(new Outbox.EndpointState(0, 1, 0));
        }
    }

    @Test
    void aStopGivesTheLastEventsTheirChanceButDoesNotWaitForADeadReceiver() throws Exception {
        open();
        long id = history.attemptLog().begin(attempt("R-6"));
        try (Receiver receiver = Receiver.on(0, n -> 200)) {
            WebhookDeliverer deliverer = start(receiver.url(), QUICK);
            history.attemptLog().finish(id, AttemptOutcome.SUCCEEDED, null);
            deliverer.close(Duration.ofSeconds(10));
            assertThat(receiver.received()).extracting(r -> parse(r.body()).type())
                    .containsExactly("attempt.started", "attempt.ended");
        }
        int port;
        try (Receiver gone = Receiver.on(0, n -> 200)) {
            port = gone.port();
        }
        history.attemptLog().finish(history.attemptLog().begin(attempt("R-6")), AttemptOutcome.FAILED, null);
        WebhookDeliverer toDead = start("http://127.0.0.1:" + port + "/hooks/restore", QUICK);
        long stopping = System.nanoTime();
        toDead.close(Duration.ofSeconds(10));
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void endpointsSavedWhileTheStationRunsAreGivenTheEndsAndVerificationsWithoutARestart() throws Exception {
        open();
        AttemptLog log = history.attemptLog();
        log.finish(log.begin(attempt("R-20")), AttemptOutcome.SUCCEEDED, null);
        try (Receiver receiver = Receiver.on(0, n -> 200);
             WebhookDeliverer deliverer = StationWebhooks.follow(dataDir, history.outbox(), Clock.systemUTC(), QUICK)) {
            StationWebhooks webhooks = new StationWebhooks(dataDir, history.outbox(), deliverer);
            Thread.sleep(200);
            assertThat(receiver.requests()).as("no webhooks yet").isZero();

            webhooks.save(new ShopWebhooks.Setup(List.of(receiver.url()), "shop-secret-0123456789", false,
                    ShopWebhooks.DEFAULT_EVENTS));
            waitUntil(() -> receiver.received().size() == 1);
            log.finish(log.begin(attempt("R-21")), AttemptOutcome.FAILED, null);
            waitUntil(() -> receiver.received().size() == 2);

            assertThat(receiver.received()).extracting(r -> parse(r.body()).ticket() + " " + parse(r.body()).type())
                    .containsExactly("R-20 attempt.ended", "R-21 attempt.ended");
            assertThat(webhooks.deliveries()).containsExactly(new ShopWebhooks.Delivery(
                    receiver.url(), 2, 0, 0, 0, null, null));
        }
    }

    @Test
    void settingsSeeWhyAnEndpointFailsAndWhenItIsTriedAgain() throws Exception {
        open();
        int port;
        try (Receiver probe = Receiver.on(0, n -> 200)) {
            port = probe.port();
        }
        String url = "http://127.0.0.1:" + port + "/hooks/restore";
        WebhookSettings.write(dataDir, new ShopWebhooks.Setup(List.of(url), "shop-secret-0123456789", false,
                ShopWebhooks.DEFAULT_EVENTS));
        history.attemptLog().finish(history.attemptLog().begin(attempt("R-22")), AttemptOutcome.FAILED, null);
        try (WebhookDeliverer deliverer = StationWebhooks.follow(dataDir, history.outbox(), Clock.systemUTC(), QUICK)) {
            StationWebhooks webhooks = new StationWebhooks(dataDir, history.outbox(), deliverer);
            waitUntil(() -> webhooks.deliveries().get(0).failuresInRow() >= 2);

            ShopWebhooks.Delivery delivery = webhooks.deliveries().get(0);
            assertThat(delivery.endpoint()).isEqualTo(url);
            assertThat(delivery.waiting()).isEqualTo(1);
            assertThat(delivery.lastFailure().english()).isEqualTo("connection refused");
            assertThat(delivery.lastFailure().text(Locale.forLanguageTag("es"))).isEqualTo("conexión rechazada");
            assertThat(delivery.lastFailure().text(Locale.GERMAN)).isEqualTo("Verbindung abgelehnt");
            assertThat(delivery.nextTry()).isNotNull();
        }
        assertThat(new StationWebhooks(dataDir, null, null).deliveries()).as("the demo posts nothing").isEmpty();
    }

    private WebhookDeliverer start(String url, WebhookDeliverer.Timing timing) {
        WebhookSettings settings = new WebhookSettings(List.of(WebhookEndpoint.check(url, false)), SECRET, List.of(), ALL);
        return WebhookDeliverer.start(history.outbox(), settings, Clock.systemUTC(), timing);
    }

    private void open() {
        history = HistoryDatabase.open(new HistorySource.EmbeddedFile(dataDir.resolve("history")), "bench-1",
                Clock.systemUTC());
    }

    private static EventJson parse(String body) {
        try {
            return EventJson.parse(body);
        } catch (Exception e) {
            throw new AssertionError("not an event: " + body, e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static NewAttempt attempt(String ticket) {
        return new NewAttempt(new Ticket(ticket), null, Ecid.parse("0x1A2B3C4D5E6F70"), null, null, "iPhone14,2", "Phone",
                "3", "bench-1", "Sam", "22G86", null, DeviceMode.DFU, RestoreKind.ERASE, "idevicerestore", "1.0.0",
                List.of());
    }
}
