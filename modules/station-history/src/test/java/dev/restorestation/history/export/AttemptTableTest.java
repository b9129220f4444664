package dev.restorestation.history.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptTableTest {

    private static final List<String> HEADER = List.of("ID", "STARTED", "TICKET", "ECID", "MODEL", "SLOT", "BUILD", "KIND",
            "OUTCOME", "ERROR", "FIXES APPLIED", "ON DEVICE");

    private static final RestoreAttempt FAILED = new RestoreAttempt(12, new Ticket("=SUM(A1:A9)"),
            "+cracked screen, \"keep photos\"\nback glass too", Ecid.parse("0x1A2B3C4D5E6F70"), "F2LZK0ABCDEF", "iPhone14,2", "3", "22G86", DeviceMode.DFU, RestoreKind.ERASE,
            "idevicerestore", "@sam", Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:07:30Z"),
            AttemptOutcome.FAILED, 4013, -1, ErrorCategory.USB_CONNECTION,
            "-USB dropped, said \"device gone\"\nafter iBEC", List.of("replace-cable", "try-another-port"), null);
    private static final RestoreAttempt RUNNING = new RestoreAttempt(13, new Ticket("R-1, \"front\""),
            null, Ecid.parse("0x00000000000ABC"), null, null, null, null, DeviceMode.RECOVERY, RestoreKind.UPDATE, "simulated",
            null, Instant.parse("2026-03-02T10:00:00Z"), null, AttemptOutcome.RUNNING, null, null, null, null,
            List.of(), null);

    @Test
    void theTableShowsOneLineEachInLocalTime() {
        List<String> lines = AttemptTable.lines(List.of(FAILED, RUNNING), ZoneId.of("Europe/Berlin"), HEADER);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("ID  STARTED           TICKET").contains("OUTCOME").endsWith("FIXES APPLIED                    ON DEVICE");
        assertThat(lines.get(1)).startsWith("12  2026-03-02 10:00  =SUM(A1:A9)")
                .contains("001A2B3C4D5E6F70", "iPhone14,2", "erase", "FAILED", "4013 usb-connection: -USB dropped")
                .endsWith("replace-cable, try-another-port  -");
        assertThat(lines.get(2)).startsWith("13  2026-03-02 11:00  R-1, \"front\"").contains("RUNNING").endsWith("-");
        RestoreAttempt interrupted = new RestoreAttempt(14, RUNNING.ticket(), null, RUNNING.ecid(), null, null, null, null,
                DeviceMode.DFU, RestoreKind.UPDATE, "idevicerestore", null, RUNNING.startedAt(), RUNNING.startedAt(),
                AttemptOutcome.INTERRUPTED, null, null, null, "Station\nstopped", List.of(), null);
        assertThat(AttemptTable.lines(List.of(interrupted), ZoneId.of("UTC"), HEADER).get(1)).contains("Station stopped");
        RestoreAttempt verified = new RestoreAttempt(15, RUNNING.ticket(), null, RUNNING.ecid(), null, null, null,
                "23B85", DeviceMode.DFU, RestoreKind.ERASE, "simulated", null, RUNNING.startedAt(), RUNNING.startedAt(),
                AttemptOutcome.SUCCEEDED, null, null, null, null, List.of(), new Verification(
                        Verification.Result.WRONG_BUILD, RUNNING.startedAt(), "22A3", null, null));
        assertThat(AttemptTable.lines(List.of(verified), ZoneId.of("UTC"), HEADER).get(1)).endsWith("SUCCEEDED  -      -              build 22A3!");
        int outcomeColumn = lines.get(0).indexOf("OUTCOME");
        assertThat(lines.get(1).indexOf("FAILED")).isEqualTo(outcomeColumn);
        assertThat(lines.get(2).indexOf("RUNNING")).isEqualTo(outcomeColumn);
    }
}
