package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.ButtonGuide;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.gui.bench.DfuGuideRun.Position;
import dev.restorestation.gui.bench.DfuGuideRun.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guide's clock and its reading of the slot, without a display. */
class DfuGuideRunTest {

    /** Shaped like the bundled guide of iPhones without a Home button. */
    static final ButtonGuide.Sequence FACE_ID = new ButtonGuide.Sequence(List.of(
            new ButtonGuide.Step("Press and quickly release volume up", 1),
            new ButtonGuide.Step("Press and quickly release volume down", 1),
            new ButtonGuide.Step("Press and hold the side button", 10),
            new ButtonGuide.Step("Keep the side button held and press and hold volume down too", 5),
            new ButtonGuide.Step("Let go of the side button; keep holding volume down", 8)),
            "https://example.org/dfu", "side button", "volume down button");

    private static final Optional<DeviceMode> GONE = Optional.empty();

    @Test
    void theClockCountsDownTheGetReadyThenEachStepThenStops() {
        DfuGuideRun run = new DfuGuideRun(FACE_ID, Optional.of(DeviceMode.NORMAL));

        assertThat(run.at(0)).isEqualTo(new Position(-1, 3));
        assertThat(run.at(2_001)).isEqualTo(new Position(-1, 1));
        assertThat(run.at(3_000)).isEqualTo(new Position(0, 1));
        assertThat(run.at(4_000)).isEqualTo(new Position(1, 1));
        assertThat(run.at(5_000)).isEqualTo(new Position(2, 10));
        assertThat(run.at(14_999)).isEqualTo(new Position(2, 1));
        assertThat(run.at(15_000)).isEqualTo(new Position(3, 5));
        assertThat(run.at(20_500)).isEqualTo(new Position(4, 8));
        assertThat(run.at(27_999)).isEqualTo(new Position(4, 1));
        assertThat(run.at(28_000)).isEqualTo(new Position(5, 0));
        assertThat(run.at(600_000)).isEqualTo(new Position(5, 0));
    }

    @Test
    void aPhoneThatRestartsIntoRecoveryWasHeldOnTheSideButtonTooLong() {
        DfuGuideRun run = new DfuGuideRun(FACE_ID, Optional.of(DeviceMode.NORMAL));

        assertThat(run.observe(Optional.of(DeviceMode.NORMAL), 6_000)).isEqualTo(Verdict.RUNNING);
        assertThat(run.observe(GONE, 12_000)).isEqualTo(Verdict.RUNNING);
        assertThat(run.observe(Optional.of(DeviceMode.RECOVERY), 26_000)).isEqualTo(Verdict.CAME_UP_IN_RECOVERY);
        assertThat(run.message()).isEqualTo("Came up in Recovery: let go of the side button sooner, then try again");
        assertThat(run.observe(Optional.of(DeviceMode.DFU), 27_000)).as("the verdict stands").isEqualTo(Verdict.CAME_UP_IN_RECOVERY);
    }

    @Test
    void aPhoneAlreadyInRecoveryIsNotJudgedUntilItRestarts() {
        DfuGuideRun run = new DfuGuideRun(FACE_ID, Optional.of(DeviceMode.RECOVERY));

        assertThat(run.observe(Optional.of(DeviceMode.RECOVERY), 10_000)).isEqualTo(Verdict.RUNNING);
        assertThat(run.observe(GONE, 14_000)).isEqualTo(Verdict.RUNNING);
        assertThat(run.observe(Optional.of(DeviceMode.DFU), 24_000)).isEqualTo(Verdict.IN_DFU);
        assertThat(run.message()).isEqualTo("In DFU ✓");
    }

    @Test
    void aPhoneThatBootsBackToNormalHadItsButtonsLetGoTooSoon() {
        DfuGuideRun run = new DfuGuideRun(FACE_ID, Optional.of(DeviceMode.NORMAL));

        run.observe(GONE, 14_000);

        assertThat(run.observe(Optional.of(DeviceMode.NORMAL), 30_000)).isEqualTo(Verdict.STARTED_NORMALLY);
        assertThat(run.message()).contains("keep holding the volume down button");
    }

    @Test
    void nothingWithinTenSecondsOfTheLastStepIsATimeOutThatSaysWhatTheSlotShows() {
        DfuGuideRun run = new DfuGuideRun(FACE_ID, Optional.of(DeviceMode.NORMAL));

        assertThat(run.observe(Optional.of(DeviceMode.NORMAL), 37_999)).isEqualTo(Verdict.RUNNING);
        assertThat(run.observe(Optional.of(DeviceMode.NORMAL), 38_000)).isEqualTo(Verdict.TIMED_OUT);
        assertThat(run.message()).isEqualTo("No DFU 10 s after the last step; the slot shows Normal mode. "
                + "Check the cable and try again");

        DfuGuideRun empty = new DfuGuideRun(FACE_ID, GONE);
        assertThat(empty.observe(GONE, 38_000)).isEqualTo(Verdict.TIMED_OUT);
        assertThat(empty.message()).contains("the slot shows no device");
    }

    @Test
    void theModeTheSlotShowsIsNamedAsEachLanguageNamesIt() {
        try {
            StationLanguage.choose("de");
            DfuGuideRun run = new DfuGuideRun(FACE_ID, Optional.of(DeviceMode.RECOVERY));
            run.observe(Optional.of(DeviceMode.RECOVERY), 38_000);
            assertThat(run.message()).contains("der Steckplatz zeigt Wartungsmodus.");
            StationLanguage.choose("es");
            run.observe(Optional.of(DeviceMode.RECOVERY), 38_000);
            assertThat(run.message()).contains("la ranura muestra: Modo recuperación.");
        } finally {
            StationLanguage.choose("en");
        }
    }

    @Test
    void aPhoneAlreadyInDfuNeedsNoGuide() {
        assertThat(new DfuGuideRun(FACE_ID, Optional.of(DeviceMode.DFU)).verdict()).isEqualTo(Verdict.IN_DFU);
    }
}
