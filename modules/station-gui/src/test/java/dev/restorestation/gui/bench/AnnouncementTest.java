package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncementTest {

    private final SlotTile tile = SlotTile.of(new DeviceSnapshot(new Slot("1-1.4", "4"), DeviceMode.NORMAL,
            new Ecid(0xABCDEF), null, "iPhone14,2", "iPhone 13 Pro", null)).withTicket(new Ticket("R-1042"));

    @Test
    void aVerifiedRestoreIsGoodNews() {
        Verification verified = new Verification(Verification.Result.VERIFIED, Instant.now(), "23B85", "26.1", "Activated");

        Announcement said = Announcement.of(tile.withJob(new JobState.Succeeded(7, Duration.ofMinutes(9), verified))).orElseThrow();

        assertThat(said.title()).isEqualTo("Slot 4 · R-1042: ✓ Restored · verified on the device");
        assertThat(said.problem()).isFalse();
    }

    @Test
    void aFailureNamesTheErrorAndWhatToTryFirst() {
        Diagnosis usb = new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, -1, "The USB connection dropped");
        Advice advice = new Advice("4013", ErrorCategory.USB_CONNECTION, "USB", true,
                List.of(new Fix("other-cable", "Use another cable", false, "")), "");

        Announcement said = Announcement.of(tile.withJob(new JobState.Failed(8, RestoreKind.UPDATE, usb, advice))).orElseThrow();

        assertThat(said.title()).isEqualTo("Slot 4 · R-1042: Error 4013 · USB connection");
        assertThat(said.text()).isEqualTo("iPhone 13 Pro — Try first: use another cable");
        assertThat(said.problem()).isTrue();
    }

    @Test
    void aRestoreThatCameBackWithAnotherBuildNeedsALook() {
        Verification wrong = new Verification(Verification.Result.WRONG_BUILD, Instant.now(), "22G86", "18.6", "Activated");

        assertThat(Announcement.of(tile.withJob(new JobState.Succeeded(7, Duration.ofMinutes(9), wrong))).orElseThrow().problem())
                .isTrue();
    }

    @Test
    void cancelledOrIdleTilesSayNothing() {
        assertThat(Announcement.of(tile.withJob(new JobState.Cancelled(9)))).isEmpty();
        assertThat(Announcement.of(tile)).isEmpty();
    }

    @Test
    void theChimeIsTwoAudibleNotesThatStartAndEndSilent() {
        byte[] pcm = FinishAlerts.tones(660, 880);

        assertThat(pcm).hasSize(2 * 2 * (int) (44_100 * 0.12));
        assertThat(sample(pcm, 0)).isZero();
        assertThat(sample(pcm, pcm.length / 2 - 1)).isBetween(-50, 50);
        int loudest = 0;
        for (int i = 0; i < pcm.length / 2; i++) {
            loudest = Math.max(loudest, Math.abs(sample(pcm, i)));
        }
        assertThat(loudest).isGreaterThan(Short.MAX_VALUE / 5);
    }

    private static int sample(byte[] pcm, int index) {
        return (short) ((pcm[2 * index] & 0xff) | (pcm[2 * index + 1] << 8));
    }
}
