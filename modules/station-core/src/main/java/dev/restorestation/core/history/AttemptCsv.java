package dev.restorestation.core.history;

import dev.restorestation.core.restore.Verification;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Attempts as RFC 4180 CSV that opens cleanly in a spreadsheet: CRLF line ends, fields with a
 * comma, quote or line break quoted, and text cells that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) neutralised with a leading
 * apostrophe. Whole integers such as {@code -1} stay numbers in the number columns; a text cell
 * that a spreadsheet would read as a number or a date is quoted; the ECID is written {@code 0x…} so a
 * spreadsheet keeps it as text. The columns are the fields of {@code history --json}, fixes
 * separated by spaces; {@code station history --csv} and the window's export both write this.
 */
public final class AttemptCsv {

    public static final List<String> COLUMNS = List.of("id", "ticket", "ecid", "productType", "slot", "build", "mode",
            "engine", "technician", "startedAt", "endedAt", "outcome", "appleCode", "statusCode", "category", "summary",
            "fixesApplied", "serialNumber", "customerNote", "verification", "verifiedAt", "deviceBuild", "deviceVersion",
            "activationState");

    /** The columns that hold numbers; every other column holds text. */
    private static final List<String> NUMBER_COLUMNS = List.of("id", "appleCode", "statusCode");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");
    /** What a spreadsheet would take for a number or a date: 00123, 1E5, 3.5, 1,000, 12/03, 2026-11-23. */
    private static final Pattern READ_AS_NUMBER = Pattern.compile(
            "[-+]?[\\d.,]*\\d[\\d.,]*(?:[eE][-+]?\\d+)?%?|\\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{1,4})?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private AttemptCsv() {
    }

    public static void write(List<RestoreAttempt> attempts, Writer out) throws IOException {
        out.write(line(COLUMNS));
        for (RestoreAttempt attempt : attempts) {
            out.write(line(cells(attempt)));
        }
        out.flush();
    }

    static List<String> cells(RestoreAttempt a) {
        Verification v = a.verification();
        return Stream.of(a.id(), a.ticket().id(), a.ecid().engineArgument(), a.productType(), a.slot(), a.build(),
                        a.mode(), a.engine(), a.technician(), a.startedAt(), a.endedAt(), a.outcome(), a.appleCode(),
                        a.statusCode(), a.category() == null ? null : a.category().id(), a.summary(),
                        String.join(" ", a.fixesApplied()), a.serialNumber(), a.customerNote(),
                        v == null ? null : v.result().id(), v == null ? null : v.verifiedAt(),
                        v == null ? null : v.deviceBuild(), v == null ? null : v.deviceVersion(),
                        v == null ? null : v.activationState())
                .map(value -> Objects.toString(value, ""))
                .toList();
    }

    static String line(List<String> cells) {
        return IntStream.range(0, cells.size())
                .mapToObj(column -> cell(cells.get(column), !NUMBER_COLUMNS.contains(COLUMNS.get(column))))
                .collect(Collectors.joining(",", "", "\r\n"));
    }

    /**
     * One field: neutralised when a spreadsheet would run it, then quoted when it needs quoting;
     * a text field that a spreadsheet would turn into a number or a date (ticket 00123, 1E5) is
     * quoted so it stays text.
     */
    static String cell(String value, boolean text) {
        String safe = value;
        if (!safe.isEmpty() && FORMULA_STARTS.indexOf(safe.charAt(0)) >= 0 && !NUMBER.matcher(safe).matches()) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || text && READ_AS_NUMBER.matcher(safe).matches()) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
