package dev.restorestation.history.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptExportTest {

    private static final RestoreAttempt FAILED = new RestoreAttempt(12, new Ticket("=SUM(A1:A9)"),
            Ecid.parse("0x1A2B3C4D5E6F70"), "iPhone14,2", "3", "22G86", DeviceMode.DFU, RestoreKind.ERASE,
            "idevicerestore", "@sam", Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:07:30Z"),
            AttemptOutcome.FAILED, 4013, -1, ErrorCategory.USB_CONNECTION,
            "-USB dropped, said \"device gone\"\nafter iBEC", List.of("replace-cable", "try-another-port"));
    private static final RestoreAttempt RUNNING = new RestoreAttempt(13, new Ticket("R-1, \"front\""),
            Ecid.parse("0x00000000000ABC"), null, null, null, DeviceMode.RECOVERY, RestoreKind.UPDATE, "simulated",
            null, Instant.parse("2026-03-02T10:00:00Z"), null, AttemptOutcome.RUNNING, null, null, null, null,
            List.of());

    @Test
    void csvIsRfc4180WithFormulasNeutralised() {
        StringWriter text = new StringWriter();
        AttemptCsv.write(List.of(FAILED, RUNNING), new PrintWriter(text));

        String[] rows = text.toString().split("\r\n", -1);
        assertThat(rows).hasSize(4);
        assertThat(rows[3]).isEmpty();
        assertThat(rows[0]).isEqualTo("id,ticket,ecid,productType,slot,build,mode,engine,technician,startedAt,endedAt,"
                + "outcome,appleCode,statusCode,category,summary,fixesApplied");
        assertThat(rows[1]).isEqualTo("12,'=SUM(A1:A9),0x1A2B3C4D5E6F70,\"iPhone14,2\",3,22G86,DFU,idevicerestore,'@sam,"
                + "2026-03-02T09:00:00Z,2026-03-02T09:07:30Z,FAILED,4013,-1,usb-connection,"
                + "\"'-USB dropped, said \"\"device gone\"\"\nafter iBEC\",replace-cable try-another-port");
        assertThat(rows[2]).isEqualTo("13,\"R-1, \"\"front\"\"\",0xABC,,,,RECOVERY,simulated,,2026-03-02T10:00:00Z,,"
                + "RUNNING,,,,,");
    }

    @Test
    void everyFormulaStartIsNeutralisedButPlainNumbersStayNumbers() {
        assertThat(AttemptCsv.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(AttemptCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(AttemptCsv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(AttemptCsv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(AttemptCsv.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(AttemptCsv.cell("-1")).isEqualTo("-1");
        assertThat(AttemptCsv.cell("a=1")).isEqualTo("a=1");
        assertThat(AttemptCsv.cell("")).isEmpty();
    }

    @Test
    void theTableShowsOneLineEachInLocalTime() {
        List<String> lines = AttemptTable.lines(List.of(FAILED, RUNNING), ZoneId.of("Europe/Berlin"));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("ID  STARTED           TICKET").contains("OUTCOME").endsWith("FIXES APPLIED");
        assertThat(lines.get(1)).startsWith("12  2026-03-02 10:00  =SUM(A1:A9)")
                .contains("001A2B3C4D5E6F70", "iPhone14,2", "erase", "FAILED", "4013 usb-connection: -USB dropped")
                .endsWith("replace-cable, try-another-port");
        assertThat(lines.get(2)).startsWith("13  2026-03-02 11:00  R-1, \"front\"").contains("RUNNING").endsWith("-");
        RestoreAttempt interrupted = new RestoreAttempt(14, RUNNING.ticket(), RUNNING.ecid(), null, null, null,
                DeviceMode.DFU, RestoreKind.UPDATE, "idevicerestore", null, RUNNING.startedAt(), RUNNING.startedAt(),
                AttemptOutcome.INTERRUPTED, null, null, null, "Station\nstopped", List.of());
        assertThat(AttemptTable.lines(List.of(interrupted), ZoneId.of("UTC")).get(1)).contains("Station stopped");
        int outcomeColumn = lines.get(0).indexOf("OUTCOME");
        assertThat(lines.get(1).indexOf("FAILED")).isEqualTo(outcomeColumn);
        assertThat(lines.get(2).indexOf("RUNNING")).isEqualTo(outcomeColumn);
    }
}
