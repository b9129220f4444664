package dev.restorestation.app.areas;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test sets by hand, so each attempt starts when the scenario says. */
final class StepClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    StepClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    void set(Instant when) {
        now.set(when);
    }

    void advance(Duration step) {
        now.updateAndGet(instant -> instant.plus(step));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new StepClock(now.get(), other);
    }
}
