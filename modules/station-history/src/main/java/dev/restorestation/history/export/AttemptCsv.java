package dev.restorestation.history.export;

import dev.restorestation.core.history.RestoreAttempt;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Attempts as RFC 4180 CSV (CRLF line ends, quotes doubled inside quoted cells) that opens
 * cleanly in a spreadsheet: a text cell starting with {@code = + - @}, tab or CR is prefixed
 * with an apostrophe so it is never run as a formula. Whole integers such as a status code of
 * {@code -1} stay numbers. Columns as in {@code history --json}; fixes are separated by spaces.
 */
public final class AttemptCsv {

    static final List<String> HEADER = List.of("id", "ticket", "ecid", "productType", "slot", "build", "mode",
            "engine", "technician", "startedAt", "endedAt", "outcome", "appleCode", "statusCode", "category",
            "summary", "fixesApplied");

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private AttemptCsv() {
    }

    public static void write(List<RestoreAttempt> attempts, PrintWriter out) {
        row(out, HEADER);
        for (RestoreAttempt a : attempts) {
            row(out, List.of(
                    Long.toString(a.id()),
                    a.ticket().id(),
                    a.ecid().engineArgument(),
                    text(a.productType()),
                    text(a.slot()),
                    text(a.build()),
                    a.mode().name(),
                    text(a.engine()),
                    text(a.technician()),
                    a.startedAt().toString(),
                    a.endedAt() == null ? "" : a.endedAt().toString(),
                    a.outcome().name(),
                    a.appleCode() == null ? "" : a.appleCode().toString(),
                    a.statusCode() == null ? "" : a.statusCode().toString(),
                    a.category() == null ? "" : a.category().id(),
                    text(a.summary()),
                    String.join(" ", a.fixesApplied())));
        }
        out.flush();
    }

    /** One cell as written: neutralised, then quoted when it holds a comma, quote or line break. */
    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && FORMULA_STARTS.indexOf(safe.charAt(0)) >= 0 && !INTEGER.matcher(safe).matches()) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static void row(PrintWriter out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.print(',');
            }
            out.print(cell(cells.get(i)));
        }
        out.print("\r\n");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
