package dev.restorestation.advisor;

import java.util.Arrays;
import java.util.Locale;

/** What a fix touches; escalation keeps only {@link #HARDWARE} once software retries are pointless. */
public enum FixKind {
    CONNECTION,
    HOST,
    NETWORK,
    FIRMWARE,
    DEVICE,
    WAIT,
    HARDWARE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FixKind fromId(String id) {
        return Arrays.stream(values())
                .filter(kind -> kind.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fix kind: '" + id + "'"));
    }
}
