package dev.restorestation.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.ticket.Ticket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The event outbox (schema V4), the same on every database the station supports. */
abstract class OutboxContract extends HistoryContract {

    private static final Set<String> ALL = Set.copyOf(OutboxEvent.TYPES);

    @Test
    void everyChangeOfAnAttemptIsAnEventInTheOutboxInOrder() {
        long id = log.begin(Attempts.of("R-2001", Attempts.IPHONE, "4"));
        clock.advance(Duration.ofMinutes(1));
        log.progress(id, "Uploading the firmware", 10);
        log.progress(id, "Uploading the firmware", 50);
        log.progress(id, "Restoring", 60);
        clock.advance(Duration.ofMinutes(9));
        log.finish(id, AttemptOutcome.SUCCEEDED, null);
        log.verified(id, new Verification(Verification.Result.VERIFIED, clock.instant(), "22G86", "18.6.2", "Unactivated"));
        database.issuedReports().record(new Ticket("R-2001"), "a".repeat(64), "b".repeat(64));

        List<OutboxEvent> events = database.outbox().after(0, 100);

        assertThat(events).extracting(OutboxEvent::type).containsExactly(OutboxEvent.STARTED, OutboxEvent.STEP,
                OutboxEvent.STEP, OutboxEvent.ENDED, OutboxEvent.VERIFIED, OutboxEvent.REPORT_ISSUED);
        assertThat(events).extracting(OutboxEvent::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(events).extracting(OutboxEvent::eventId).doesNotHaveDuplicates()
                .allSatisfy(eventId -> assertThat(UUID.fromString(eventId).toString()).isEqualTo(eventId));
        OutboxEvent started = events.get(0);
        assertThat(started.outcome()).isEqualTo("RUNNING");
        assertThat(started.occurredAt()).isEqualTo(MONDAY_NINE);
        assertThat(started.ticket()).isEqualTo("R-2001");
        assertThat(started.ecid()).isEqualTo(Attempts.IPHONE.value());
        assertThat(started.slot()).isEqualTo("4");
        assertThat(started.station()).isEqualTo("bench-1");
        assertThat(events.get(1).step()).isEqualTo("Uploading the firmware");
        assertThat(events.get(2).step()).isEqualTo("Restoring");
        assertThat(events.get(3).outcome()).isEqualTo("SUCCEEDED");
        assertThat(events.get(3).occurredAt()).isEqualTo(MONDAY_NINE.plus(Duration.ofMinutes(10)));
        assertThat(events.get(3).verification()).as("a snapshot: not yet verified when it ended").isNull();
        assertThat(events.get(4).verification()).isEqualTo("verified");
        assertThat(events.get(4).deviceBuild()).isEqualTo("22G86");
        assertThat(events.get(5).attemptId()).isNull();
        assertThat(events.get(5).reportSha256()).isEqualTo("b".repeat(64));
        assertThat(database.outbox().after(events.get(2).sequence(), 2)).containsExactly(events.get(3), events.get(4));
    }

    @Test
    void aChangeThatFailsWritesNoEventAndAFailureKeepsItsError() {
        long id = log.begin(Attempts.of("R-2002", Attempts.IPHONE, "1"));
        log.finish(id, AttemptOutcome.FAILED, USB_4013);
        assertThatThrownBy(() -> log.finish(id, AttemptOutcome.SUCCEEDED, null)).isInstanceOf(IllegalStateException.class);

        List<OutboxEvent> events = database.outbox().after(0, 100);
        assertThat(events).extracting(OutboxEvent::type).containsExactly(OutboxEvent.STARTED, OutboxEvent.ENDED);
        assertThat(events.get(1).outcome()).isEqualTo("FAILED");
        assertThat(events.get(1).appleCode()).isEqualTo(4013);
        assertThat(events.get(1).category()).isEqualTo("usb-connection");
        assertThat(events.get(1).summary()).isEqualTo(USB_4013.summary());
    }

    @Test
    void anAttemptAStoppedStationLeftRunningEndsAsAnEventOnReopening() {
        log.begin(Attempts.of("R-2003", Attempts.IPHONE, "1"));
        reopen();

        List<OutboxEvent> events = database.outbox().after(0, 100);
        assertThat(events).extracting(OutboxEvent::type).containsExactly(OutboxEvent.STARTED, OutboxEvent.ENDED);
        assertThat(events.get(1).outcome()).isEqualTo("INTERRUPTED");
    }

    @Test
    void deliveriesAreSettledOncePerEndpointForThisStationsEventsOnly() {
        long mine = log.begin(Attempts.of("R-2004", Attempts.IPHONE, "1"));
        NewAttempt base = Attempts.of("R-2004", Attempts.IPAD, "2");
        log.begin(new NewAttempt(base.ticket(), null, base.ecid(), null, null, base.productType(), base.deviceName(),
                base.slot(), "bench-2", base.technician(), base.build(), base.firmwareSha1(), base.mode(), base.kind(),
                base.engine(), base.engineVersion(), List.of()));
        log.finish(mine, AttemptOutcome.SUCCEEDED, null);
        Outbox outbox = database.outbox();
        String shop = "https://pos.example/hooks/restore?token=s3cret";

        List<OutboxEvent> waiting = outbox.unsettled(shop, ALL, 0, 10);
        assertThat(waiting).extracting(OutboxEvent::station).as("its own file's events are all its own")
                .containsExactlyElementsOf(source instanceof HistorySource.EmbeddedFile
                        ? List.of("bench-1", "bench-2", "bench-1") : List.of("bench-1", "bench-1"));
        int count = waiting.size();
        outbox.settle(shop, waiting.get(0), Outbox.Settled.DELIVERED);
        outbox.settle(shop, waiting.get(0), Outbox.Settled.DELIVERED);

        assertThat(outbox.unsettled(shop, ALL, 0, 10)).containsExactlyElementsOf(waiting.subList(1, count));
        assertThat(outbox.unsettled("http://127.0.0.1:9/other", ALL, 0, 10)).hasSize(count);
        assertThat(outbox.state(shop, ALL)).isEqualTo(new Outbox.EndpointState(1, 0, count - 1));
        for (OutboxEvent rest : waiting.subList(1, count)) {
            outbox.settle(shop, rest, Outbox.Settled.GAVE_UP);
        }
        assertThat(outbox.state(shop, ALL)).isEqualTo(new Outbox.EndpointState(1, count - 1, 0));
        assertThat(outbox.unsettled(shop, ALL, 0, 10)).isEmpty();
        assertThat(outbox.unsettled("http://127.0.0.1:9/other", ALL, waiting.get(0).sequence(), 10))
                .as("only after the given one").containsExactlyElementsOf(waiting.subList(1, count));
        assertThat(outbox.latest()).isEqualTo(waiting.get(count - 1).sequence());
    }

    @Test
    void anEndpointIsGivenOnlyTheTypesItTakes() {
        long id = log.begin(Attempts.of("R-2005", Attempts.IPHONE, "1"));
        log.finish(id, AttemptOutcome.SUCCEEDED, null);
        Outbox outbox = database.outbox();
        String shop = "https://pos.example/hooks/restore";
        Set<String> ended = Set.of(OutboxEvent.ENDED);

        List<OutboxEvent> waiting = outbox.unsettled(shop, ended, 0, 10);

        assertThat(waiting).extracting(OutboxEvent::type).containsExactly(OutboxEvent.ENDED);
        assertThat(outbox.state(shop, ended)).isEqualTo(new Outbox.EndpointState(0, 0, 1));
        assertThat(outbox.state(shop, ALL)).isEqualTo(new Outbox.EndpointState(0, 0, 2));
    }
}
