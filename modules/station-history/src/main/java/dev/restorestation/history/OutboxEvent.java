package dev.restorestation.history;

import java.time.Instant;
import java.util.List;

/**
 * One event of the outbox as it was written: a snapshot of the attempt (or report) it is about.
 *
 * @param sequence  its place in this history's outbox, increasing; what {@code station events --since} takes
 * @param eventId   a random UUID, the same on every delivery: the receivers' idempotency key
 * @param type      {@code attempt.started}, {@code attempt.step}, {@code attempt.ended},
 *                  {@code attempt.verified} or {@code report.issued}
 * @param attemptId null for {@code report.issued}
 * @param ecid      null for {@code report.issued}
 */
public record OutboxEvent(long sequence, String eventId, String type, String station, Instant occurredAt,
                          Long attemptId, String ticket, Long ecid, String productType, String slot, String build,
                          String kind, String step, String outcome, Integer appleCode, String category,
                          String summary, String verification, String deviceBuild, String reportSha256) {

    public static final String STARTED = "attempt.started";
    public static final String STEP = "attempt.step";
    public static final String ENDED = "attempt.ended";
    public static final String VERIFIED = "attempt.verified";
    public static final String REPORT_ISSUED = "report.issued";
    /** Every type, in the order an attempt goes through them. */
    public static final List<String> TYPES = List.of(STARTED, STEP, ENDED, VERIFIED, REPORT_ISSUED);
}
