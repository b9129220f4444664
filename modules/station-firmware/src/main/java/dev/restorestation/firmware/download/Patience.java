package dev.restorestation.firmware.download;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import dev.restorestation.core.text.SizeText;
import dev.restorestation.core.text.Wording;
import java.time.Duration;

/**
 * How long a transfer may go without progress before it is given up. It ends when no byte arrives
 * for {@code idle} (also the wait for the answer's headers), or when fewer than {@code minBytes}
 * arrive while the station waits a total of {@code window} for them: an idle limit alone never ends a server that drips a
 * byte every few seconds, and a total deadline would cut off a large IPSW on a slow but honest
 * line. The default, no data for 20 s or less than 64 KiB in 40 s (under 2 KiB/s), is far below
 * any real link. A download that ended so is tried again, resuming from its kept bytes, only when
 * that attempt added at least {@code minBytes} to them: a dead, stalling or dripping server (or one
 * that starts over each time) is given up after one attempt, well within a minute, and only a line
 * that was really moving gets another.
 */
public record Patience(Duration idle, long minBytes, Duration window) {

    public static final Patience DEFAULT = new Patience(Duration.ofSeconds(20), 64 << 10, Duration.ofSeconds(40));

    Wording stalled(String host) {
        return wording("failure.stalled", host, seconds(idle));
    }

    Wording tooSlow(String host, long bytes) {
        return wording("failure.tooSlow", host, SizeText.bytes(bytes), seconds(window), SizeText.bytes(minBytes));
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
