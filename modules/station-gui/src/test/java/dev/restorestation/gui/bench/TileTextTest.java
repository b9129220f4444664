package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.HubLayout;
import dev.restorestation.core.device.PortSpeed;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.text.Messages;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.text.Wording;
import dev.restorestation.core.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TileTextTest {

    private static final Ecid ECID = new Ecid(0x1234);
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final DeviceSnapshot phone = new DeviceSnapshot(new Slot("1-1.2", "2"), DeviceMode.RESTORE, ECID, null,
            "iPhone9,4", "iPhone 7 Plus", null);

    @Test
    void aRunningTileSaysTheStepItsPercentAndTheTimeSoFar() {
        RestoreUpdate update = new RestoreUpdate(ECID, RestorePhase.RESTORING, RestoreStep.UPLOAD_FILESYSTEM, 0.43, "");
        SlotTile tile = tile(new JobState.Running(RestoreKind.UPDATE, T0, update));

        assertThat(TileText.status(tile, T0.plusSeconds(192))).isEqualTo("Uploading filesystem 43% · 3:12");
    }

    @Test
    void aRestoredTileSaysWhetherTheDeviceWasSeenAgain() {
        Verification verified = new Verification(Verification.Result.VERIFIED, T0, "23B85", "26.1", "Unactivated");
        Verification other = new Verification(Verification.Result.WRONG_BUILD, T0, "22A3", "18.0", null);
        Duration took = Duration.ofSeconds(400);

        assertThat(TileText.status(tile(new JobState.Succeeded(1, took, verified)), T0))
                .isEqualTo("✓ Restored · verified on the device");
        assertThat(TileText.status(tile(new JobState.Succeeded(1, took, Verification.notSeen())), T0))
                .isEqualTo("Restored · not seen again");
        assertThat(TileText.status(tile(new JobState.Succeeded(1, took, other)), T0))
                .isEqualTo("Restored · the device reports build 22A3");
        assertThat(TileText.status(tile(new JobState.Succeeded(1, took, null)), T0)).isEqualTo("✓ Restored in 6:40");
        RestoreUpdate waiting = new RestoreUpdate(ECID, RestorePhase.VERIFYING, RestoreStep.UNKNOWN, -1, "");
        assertThat(TileText.status(tile(new JobState.Running(RestoreKind.ERASE, T0, waiting)), T0))
                .isEqualTo("Waiting for the device to come back · 0:00");
    }

    @Test
    void aQueuedTileSaysSo() {
        RestoreUpdate queued = new RestoreUpdate(ECID, RestorePhase.QUEUED, RestoreStep.UNKNOWN, -1, "");
        assertThat(TileText.status(tile(new JobState.Running(RestoreKind.UPDATE, T0, queued)), T0))
                .isEqualTo("Queued");
        RestoreUpdate heldBack = new RestoreUpdate(ECID, RestorePhase.QUEUED, RestoreStep.UNKNOWN, -1, "Upload stagger");
        assertThat(TileText.status(tile(new JobState.Running(RestoreKind.UPDATE, T0, heldBack)), T0))
                .isEqualTo("Queued · Upload stagger");
    }

    @Test
    void aQueuedTileSaysItsPlaceInLine() {
        RestoreUpdate third = new RestoreUpdate(ECID, RestorePhase.QUEUED, RestoreStep.UNKNOWN, -1, "Station cap", 3);
        assertThat(TileText.status(tile(new JobState.Running(RestoreKind.UPDATE, T0, third)), T0.plusSeconds(65)))
                .as("no clock runs while it waits").isEqualTo("Queued 3rd · Station cap");
        RestoreUpdate next = new RestoreUpdate(ECID, RestorePhase.QUEUED, RestoreStep.UNKNOWN, -1, "", 1);
        assertThat(TileText.status(tile(new JobState.Running(RestoreKind.UPDATE, T0, next)), T0))
                .isEqualTo("Queued next");
        assertThat(List.of(2, 4, 11, 12, 13, 21, 22, 23, 101, 111).stream().map(TileText::inLine).toList())
                .containsExactly("2nd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th");
    }

    @Test
    void aFailedTileSaysTheErrorInWordsAndTheFirstFixWithItsEvidence() {
        Advice advice = new Advice("4013", ErrorCategory.USB_CONNECTION, "The USB link dropped.", true, List.of(
                new Fix("usb.cable", "Swap to a known-good cable", false, "worked 7 of 9 times here")), "");
        SlotTile tile = tile(new JobState.Failed(3, RestoreKind.UPDATE,
                new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, null, "link dropped"), advice));

        assertThat(TileText.status(tile, T0)).isEqualTo("Error 4013 · USB connection");
        assertThat(TileText.detail(tile)).isEqualTo("Try first: swap to a known-good cable (worked 7 of 9 times here)");
    }

    @Test
    void anEscalatedFailureSaysSoInsteadOfAnotherRetry() {
        Advice advice = new Advice("4013", ErrorCategory.USB_CONNECTION, "x", true, List.of(), "Likely hardware: stop retrying");
        SlotTile tile = tile(new JobState.Failed(3, RestoreKind.UPDATE,
                new Diagnosis(ErrorCategory.USB_CONNECTION, null, 68, "x"), advice));

        assertThat(TileText.status(tile, T0)).isEqualTo("Status 68 · USB connection");
        assertThat(TileText.detail(tile)).isEqualTo("Likely hardware: stop retrying");
    }

    @Test
    void idleTilesAskForATicketUntilTheyHaveOne() {
        SlotTile idle = SlotTile.of(phone);
        assertThat(TileText.status(idle, T0)).isEqualTo("Ready · assign a ticket");
        assertThat(TileText.status(idle.withTicket(new Ticket("R-1")), T0)).isEqualTo("Ready");
        assertThat(TileText.status(idle.withTicket(new Ticket("R-1")).withDevice(null), T0)).isEqualTo("Unplugged");
    }

    @Test
    void theTileNamesItsPortAndSpeedAndWarnsInAFewWords() {
        HubLayout layout = new HubLayout(2);
        DeviceSnapshot direct = new DeviceSnapshot(new Slot("1-1.4", "4"), DeviceMode.DFU, ECID, null, null, "iPhone10,1",
                "iPhone 8", null, null, PortSpeed.HIGH);
        DeviceSnapshot deep = new DeviceSnapshot(new Slot("4-1.3.2.2", "7"), DeviceMode.DFU, ECID, null, null,
                "iPhone10,1", "iPhone 8", null, null, PortSpeed.HIGH);
        DeviceSnapshot slow = new DeviceSnapshot(new Slot("2-1.5", "12"), DeviceMode.DFU, ECID, null, null, "iPhone10,1",
                "iPhone 8", null, null, PortSpeed.FULL);

        assertThat(TileText.port(direct, PortWarning.of(layout, direct))).isEqualTo("Port 1-1.4 · USB 2.0");
        assertThat(TileText.port(deep, PortWarning.of(layout, deep))).isEqualTo("Port 4-1.3.2.2 · ⚠ 3 hubs deep");
        assertThat(TileText.port(slow, PortWarning.of(layout, slow))).isEqualTo("Port 2-1.5 · ⚠ USB 1.1 port");
        // the window's words for the warning are the hub layout's own, in English
        assertThat(PortWarning.of(layout, deep).orElseThrow().advice()).isEqualTo(layout.warning(deep).orElseThrow().advice());
        assertThat(PortWarning.of(layout, slow).orElseThrow().advice()).isEqualTo(layout.warning(slow).orElseThrow().advice());
    }

    @Test
    void longRestoresShowHours() {
        assertThat(TileText.elapsed(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
    }

    @Test
    void aTileWithNothingElseToSayShowsTheCustomerNoteUntilTheTicketChanges() {
        SlotTile noted = SlotTile.of(phone).withTicket(new Ticket("R-10477")).withNote("Wants the photos kept.\nCollects Friday");

        assertThat(TileText.detail(noted)).isEqualTo("Note: Wants the photos kept. Collects Friday");
        assertThat(TileText.detail(noted.withJob(new JobState.Failed(3, RestoreKind.UPDATE,
                new Diagnosis(ErrorCategory.SIGNING, 3194, null, "not signed"), new Advice("3194", ErrorCategory.SIGNING,
                "x", false, List.of(), "Not signed: nothing to retry")))))
                .as("a failure's advice comes first").isEqualTo("Not signed: nothing to retry");
        assertThat(noted.withTicket(new Ticket("R-10477")).note()).isEqualTo("Wants the photos kept.\nCollects Friday");
        assertThat(noted.withTicket(new Ticket("R-2")).note()).isNull();
        assertThat(TileText.detail(noted.withTicket(new Ticket("R-2")))).isEmpty();
    }

    @Test
    void theEraseConfirmationRepeatsTheCustomerNoteUnderItsDevice() {
        SlotTile ticketed = SlotTile.of(phone).withTicket(new Ticket("R-10477"));

        assertThat(EraseConfirmation.describe(ticketed))
                .isEqualTo("Slot 2 · iPhone 7 Plus · ECID " + ECID.hex() + " · ticket R-10477\n"
                        + "      Gets the latest signed build");
        assertThat(EraseConfirmation.describe(ticketed.withNote("Keep the data!\n  Backup failed")))
                .isEqualTo("Slot 2 · iPhone 7 Plus · ECID " + ECID.hex() + " · ticket R-10477\n"
                        + "      Gets the latest signed build\n"
                        + "      Customer note: Keep the data! Backup failed");
    }

    @Test
    void aRefusalWordedBelowTheWindowIsDetailedInTheStationsLanguage() {
        Wording reason = Wording.of(new Messages("dev.restorestation.gui.bench.refusals", TileTextTest.class),
                "refusal.noFirmware", "not an IPSW: not a ZIP file");
        Diagnosis refused = Diagnosis.worded(ErrorCategory.FIRMWARE_FILE, reason);
        try {
            StationLanguage.choose("de");
            assertThat(TileText.detail(tile(new JobState.NotStarted(refused))))
                    .isEqualTo("Keine brauchbare Firmware: not an IPSW: not a ZIP file");
        } finally {
            StationLanguage.choose("");
        }
        assertThat(refused.summary()).isEqualTo("No usable firmware: not an IPSW: not a ZIP file");
    }

    private SlotTile tile(JobState job) {
        return SlotTile.of(phone).withTicket(new Ticket("R-10477")).withJob(job);
    }
}
