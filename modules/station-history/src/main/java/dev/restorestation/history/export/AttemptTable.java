package dev.restorestation.history.export;

import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.Verification;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Attempts as a table for a terminal: one line each, local times, the error in short. */
public final class AttemptTable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    /** The columns, in the words the header names them with (the caller's language). */
    public static final int COLUMNS = 12;
    private static final int WIDEST_TEXT = 40;

    private AttemptTable() {
    }

    /**
     * @param header the {@value #COLUMNS} column names: id, started, ticket, ECID, model, slot,
     *               build, kind, outcome, error, fixes applied, on device
     */
    public static List<String> lines(List<RestoreAttempt> attempts, ZoneId zone, List<String> header) {
        if (header.size() != COLUMNS) {
            throw new IllegalArgumentException("the table has " + COLUMNS + " columns, not " + header.size());
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(header.toArray(String[]::new));
        for (RestoreAttempt a : attempts) {
            rows.add(new String[] {
                Long.toString(a.id()),
                WHEN.format(a.startedAt().atZone(zone)),
                shortened(a.ticket().id()),
                a.ecid().hex(),
                orDash(a.productType()),
                orDash(a.slot()),
                orDash(a.build()),
                a.kind().name().toLowerCase(Locale.ROOT),
                a.outcome().name(),
                error(a),
                a.fixesApplied().isEmpty() ? "-" : shortened(String.join(", ", a.fixesApplied())),
                onDevice(a.verification()),
            });
        }
        int[] widths = new int[COLUMNS];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - width(row[i]) + 2));
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** "4013 usb-connection: The USB connection dropped…", or "-" when there was no error. */
    private static String error(RestoreAttempt a) {
        StringBuilder error = new StringBuilder();
        if (a.appleCode() != null) {
            error.append(a.appleCode()).append(' ');
        }
        if (a.category() != null) {
            error.append(a.category().id());
        }
        if (a.summary() != null && !a.summary().isBlank()) {
            error.append(error.isEmpty() ? "" : ": ").append(a.summary());
        }
        return error.isEmpty() ? "-" : shortened(error.toString().strip());
    }

    /** "verified 23B85", "build 22A3!", "not seen", or "-" when not checked. */
    private static String onDevice(Verification check) {
        if (check == null) {
            return "-";
        }
        return switch (check.result()) {
            case VERIFIED -> "verified " + check.deviceBuild();
            case WRONG_BUILD -> "build " + (check.deviceBuild() == null ? "?" : check.deviceBuild()) + "!";
            case NOT_SEEN -> "not seen";
        };
    }

    /** On one line (a summary may hold line breaks), at most {@code WIDEST_TEXT} characters. */
    private static String shortened(String value) {
        String text = value.replaceAll("\\s+", " ");
        if (width(text) <= WIDEST_TEXT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, WIDEST_TEXT - 1)) + "…";
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
