package dev.restorestation.app.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.history.OutboxEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * An event as other systems see it: {@code station events --json} prints one per line and a
 * webhook receives one per POST. Documented and versioned in the README; a new field may be added
 * within a schema version, a change of meaning raises {@link #SCHEMA}.
 */
public record EventJson(int schema, String id, long sequence, String type, Instant occurredAt, String station,
                        String ticket, Long attemptId, String ecid, String productType, String slot, String build,
                        String kind, String step, String outcome, Integer appleCode, String category, String summary,
                        String verification, String deviceBuild, String reportSha256) {

    public static final int SCHEMA = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .build();

    public static EventJson of(OutboxEvent e) {
        return new EventJson(SCHEMA, e.eventId(), e.sequence(), e.type(), e.occurredAt(), e.station(), e.ticket(),
                e.attemptId(), e.ecid() == null ? null : new Ecid(e.ecid()).hex(), e.productType(), e.slot(), e.build(),
                e.kind(), e.step(), e.outcome(), e.appleCode(), e.category(), e.summary(), e.verification(),
                e.deviceBuild(), e.reportSha256());
    }

    /** The event on one line: the same bytes every time it is written, so a signature over them holds. */
    public String line() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an event as JSON", e);
        }
    }

    public byte[] bytes() {
        return line().getBytes(StandardCharsets.UTF_8);
    }

    public static EventJson parse(String line) throws JsonProcessingException {
        return JSON.readValue(line, EventJson.class);
    }
}
