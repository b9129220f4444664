package dev.restorestation.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An idevicerestore log in its time-stamped format ({@code 08:12:00.150 <Info> …}), each line
 * with the time it came after the first, so a replay can write it at the pace it was written.
 */
record ReplayLog(List<String> lines, long[] offsetMillis) {

    /** The bundled log of a whole update restore: 850 lines over about 11.6 minutes. */
    static ReplayLog updateRestore() throws IOException {
        try (InputStream in = ReplayLog.class.getResourceAsStream("idevicerestore-update.log")) {
            if (in == null) {
                throw new IOException("the bundled idevicerestore log is missing");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
    }

    static ReplayLog read(BufferedReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        long first = -1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            long at = LocalTime.parse(line.substring(0, 12)).toNanoOfDay() / 1_000_000;
            first = first < 0 ? at : first;
            lines.add(line);
            offsets.add(at - first);
        }
        return new ReplayLog(List.copyOf(lines), offsets.stream().mapToLong(Long::longValue).toArray());
    }

    long lengthMillis() {
        return offsetMillis.length == 0 ? 0 : offsetMillis[offsetMillis.length - 1];
    }
}
