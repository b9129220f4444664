package dev.restorestation.app.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;

/**
 * The local channel to a running station: a Unix-domain socket in the data directory, one JSON
 * request and one JSON answer per connection, each on one line (docs/decisions/0016).
 */
public final class ChannelProtocol {

    /** Sent with every request and answer; a station answers only requests of its own version. */
    public static final int VERSION = 1;
    /** No request this station understands comes near this; a longer line is refused unread. */
    static final int MAX_REQUEST_BYTES = 64 * 1024;

    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .build();

    private ChannelProtocol() {
    }

    /**
     * Where a station serving {@code dataDirectory} listens: in a folder of its own that only its
     * owner may enter, since a socket file's own mode cannot be set from Java (connecting needs the
     * folder).
     */
    public static Path socket(Path dataDirectory) {
        return dataDirectory.resolve("channel").resolve("station.sock");
    }
}
