package dev.restorestation.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.ticket.Ticket;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptCsvTest {

    private static final RestoreAttempt FAILED = new RestoreAttempt(12, new Ticket("=SUM(A1:A9)"),
            "+cracked screen, \"keep photos\"\nback glass too", Ecid.parse("0x1A2B3C4D5E6F70"), "F2LZK0ABCDEF",
            "iPhone14,2", "3", "22G86", DeviceMode.DFU, RestoreKind.ERASE, "idevicerestore", "@sam",
            Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:07:30Z"), AttemptOutcome.FAILED, 4013,
            -1, ErrorCategory.USB_CONNECTION, "-USB dropped, said \"device gone\"\nafter iBEC",
            List.of("replace-cable", "try-another-port"), null);
    private static final RestoreAttempt RUNNING = new RestoreAttempt(13, new Ticket("R-1, \"front\""), null,
            Ecid.parse("0x00000000000ABC"), null, null, null, null, DeviceMode.RECOVERY, RestoreKind.UPDATE, "simulated",
            null, Instant.parse("2026-03-02T10:00:00Z"), null, AttemptOutcome.RUNNING, null, null, null, null,
            List.of(), null);

    @Test
    void rowsAreRfc4180WithFormulasNeutralised() throws Exception {
        StringWriter text = new StringWriter();
        AttemptCsv.write(List.of(FAILED, RUNNING), text);

        String[] rows = text.toString().split("\r\n", -1);
        assertThat(rows).hasSize(4);
        assertThat(rows[3]).isEmpty();
        assertThat(rows[0]).isEqualTo("id,ticket,ecid,productType,slot,build,mode,engine,technician,startedAt,endedAt,"
                + "outcome,appleCode,statusCode,category,summary,fixesApplied,serialNumber,customerNote,"
                + "verification,verifiedAt,deviceBuild,deviceVersion,activationState");
        assertThat(rows[1]).isEqualTo("12,'=SUM(A1:A9),0x1A2B3C4D5E6F70,\"iPhone14,2\",\"3\",22G86,DFU,idevicerestore,'@sam,"
                + "2026-03-02T09:00:00Z,2026-03-02T09:07:30Z,FAILED,4013,-1,usb-connection,"
                + "\"'-USB dropped, said \"\"device gone\"\"\nafter iBEC\",replace-cable try-another-port,F2LZK0ABCDEF,"
                + "\"'+cracked screen, \"\"keep photos\"\"\nback glass too\",,,,,");
        assertThat(rows[2]).isEqualTo("13,\"R-1, \"\"front\"\"\",0xABC,,,,RECOVERY,simulated,,2026-03-02T10:00:00Z,,"
                + "RUNNING,,,,,,,,,,,,");
    }

    @Test
    void whatTheDeviceSaidAfterItsRestoreIsInTheLastColumns() {
        RestoreAttempt verified = new RestoreAttempt(14, new Ticket("T-9"), null, new Ecid(0xABC), null, "iPhone10,3",
                "1", "20H350", DeviceMode.DFU, RestoreKind.ERASE, "simulated", null, Instant.parse("2026-03-02T10:00:00Z"),
                Instant.parse("2026-03-02T10:09:00Z"), AttemptOutcome.SUCCEEDED, null, null, null, null, List.of(),
                new Verification(Verification.Result.VERIFIED, Instant.parse("2026-03-02T10:11:00Z"), "20H350", "16.7.10",
                        "Unactivated"));

        assertThat(AttemptCsv.cells(verified).subList(19, 24))
                .containsExactly("verified", "2026-03-02T10:11:00Z", "20H350", "16.7.10", "Unactivated");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        assertThat(AttemptCsv.cell("=HYPERLINK(\"http://x\")", true)).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AttemptCsv.cell("+1+cmd|' /C calc'!A0", true)).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(AttemptCsv.cell("-2+3", true)).isEqualTo("'-2+3");
        assertThat(AttemptCsv.cell("@SUM(A1)", true)).isEqualTo("'@SUM(A1)");
        assertThat(AttemptCsv.cell("\tdata", true)).isEqualTo("'\tdata");
        assertThat(AttemptCsv.cell("\r=1", true)).isEqualTo("\"'\r=1\"");
        assertThat(AttemptCsv.cell("a=1", true)).isEqualTo("a=1");
    }

    @Test
    void numbersStayNumbersInTheNumberColumns() {
        assertThat(AttemptCsv.cell("-1", false)).isEqualTo("-1");
        assertThat(AttemptCsv.cell("4013", false)).isEqualTo("4013");
        assertThat(AttemptCsv.cell("", true)).isEqualTo("");
    }

    @Test
    void textThatASpreadsheetWouldTurnIntoANumberOrADateIsQuoted() {
        for (String looksLikeANumber : List.of("00123", "1E5", "1e-3", "3.50", "1,000", "-7", "12/03", "2026-11-23",
                "4013")) {
            assertThat(AttemptCsv.cell(looksLikeANumber, true)).as(looksLikeANumber)
                    .isEqualTo("\"" + looksLikeANumber + "\"");
        }
        for (String text : List.of("R-00123", "1E5X", "iPhone14", "F2LZK0ABCDEF", "A1")) {
            assertThat(AttemptCsv.cell(text, true)).as(text).doesNotStartWith("\"");
        }
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        assertThat(AttemptCsv.cell("a,b", true)).isEqualTo("\"a,b\"");
        assertThat(AttemptCsv.cell("say \"hi\"", true)).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AttemptCsv.cell("two\nlines", true)).isEqualTo("\"two\nlines\"");
        assertThat(AttemptCsv.line(List.of("a", "b"))).isEqualTo("a,b\r\n");
    }

    @Test
    void anExportHasTheJsonFieldsAsColumnsAndReadsBackCellForCell() throws Exception {
        var attempts = List.of(FAILED, RUNNING);
        StringWriter out = new StringWriter();

        AttemptCsv.write(attempts, out);

        List<List<String>> rows = parse(out.toString());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactlyElementsOf(AttemptCsv.COLUMNS);
        assertThat(rows.get(1)).containsExactly("12", "'=SUM(A1:A9)", "0x1A2B3C4D5E6F70", "iPhone14,2", "3", "22G86",
                "DFU", "idevicerestore", "'@sam", "2026-03-02T09:00:00Z", "2026-03-02T09:07:30Z", "FAILED", "4013", "-1",
                "usb-connection", "'-USB dropped, said \"device gone\"\nafter iBEC", "replace-cable try-another-port",
                "F2LZK0ABCDEF", "'+cracked screen, \"keep photos\"\nback glass too", "", "", "", "", "");
        assertThat(rows.get(2).get(1)).isEqualTo("R-1, \"front\"");
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
