package dev.restorestation.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.restore.ErrorCategory;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptCsvTest {

    private static final Instant STARTED = Instant.parse("2026-11-23T09:15:00Z");

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        assertThat(AttemptCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AttemptCsv.cell("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(AttemptCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(AttemptCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AttemptCsv.cell("\tdata")).isEqualTo("'\tdata");
    }

    @Test
    void plainNumbersStayNumbers() {
        assertThat(AttemptCsv.cell("-1")).isEqualTo("-1");
        assertThat(AttemptCsv.cell("4013")).isEqualTo("4013");
        assertThat(AttemptCsv.cell("")).isEqualTo("");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        assertThat(AttemptCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AttemptCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AttemptCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AttemptCsv.line(List.of("a", "b"))).isEqualTo("a,b\r\n");
    }

    @Test
    void anExportHasTheJsonFieldsAsColumnsAndReadsBackCellForCell() throws Exception {
        var attempts = List.of(
                Attempts.failed(7, "R-1042, \"front\"", STARTED, 4013, ErrorCategory.USB_CONNECTION,
                        "The USB link dropped\nduring the restore", "reseat-cable", "swap-port"),
                Attempts.succeeded(8, "=cmd|' /C calc'!A0", STARTED.plusSeconds(600)));
        StringWriter out = new StringWriter();

        AttemptCsv.write(attempts, out);

        List<List<String>> rows = parse(out.toString());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactlyElementsOf(AttemptCsv.COLUMNS);
        assertThat(rows.get(1)).containsExactly("7", "R-1042, \"front\"", "0x1A2B3C4D5E6F70", "iPhone15,2", "4", "23C71", "DFU",
                "idevicerestore", "Sam", "2026-11-23T09:15:00Z", "2026-11-23T09:18:12Z", "FAILED", "4013", "-1",
                "usb-connection", "The USB link dropped\nduring the restore", "reseat-cable swap-port");
        assertThat(rows.get(2).get(1)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(2).get(12)).isEmpty();
    }

    /** A strict RFC 4180 reader: fields, quotes doubled inside quotes, CRLF between records. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("bare line break outside quotes at " + i).isNotIn('\r', '\n');
                cell.append(c);
            }
        }
        assertThat(cell.isEmpty() && row.isEmpty()).as("the file ends with CRLF").isTrue();
        return rows;
    }
}
