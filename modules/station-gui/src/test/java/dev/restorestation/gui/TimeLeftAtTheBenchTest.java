package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_A;
import static java.awt.event.KeyEvent.VK_B;
import static java.awt.event.KeyEvent.VK_CONTROL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.ProgressEvent;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.bench.JobState;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Container;
import java.time.Instant;
import java.util.List;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

/** A restore started with real keys and clicks tells its time left on its tile and in the status bar. */
class TimeLeftAtTheBenchTest extends AtTheBench {

    private static final Instant EARLIER = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void aRestoringTileAndTheStatusBarTellWhenItShouldBeDone() throws Exception {
        // an earlier iPhone13 Pro on the same build: upload at +60 s, flashing at +360 s, done at +480 s
        station.attempts.put(attempt(1, new Ecid(0xFEED), EARLIER, EARLIER.plusSeconds(480), AttemptOutcome.SUCCEEDED),
                List.of(new ProgressEvent(EARLIER, "Preparing", 0),
                        new ProgressEvent(EARLIER.plusSeconds(60), "Uploading filesystem", 0),
                        new ProgressEvent(EARLIER.plusSeconds(360), "Flashing firmware", 4)));
        station.restores.holdUntilCancelled();
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(1));
        Ecid phone = FakeBench.benchOf(1).devices().get(0).ecid();
        // the attempt the station begins before the engine's first step
        station.attempts.put(attempt(2, phone, Instant.now(), null, AttemptOutcome.RUNNING), List.of());
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_B);
        hands.type("R-1\n");
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_A);
        hands.click(station.find("action-update"));

        // the scripted engine holds at the end of the upload: 420 s to the end less the 300 s upload
        Ui.await(() -> station.tile("1").job(), job -> job instanceof JobState.Running running && running.doneBy() != null, 10);
        Container tile = (Container) station.find("tile-1");
        assertThat(Ui.await(() -> ((ClampedText) Ui.find(tile, "tile-detail")).fullText(), "~2 min left"::equals, 5))
                .isEqualTo("~2 min left");
        assertThat(Ui.onEdt(() -> ((JLabel) station.find("status-restoring")).getText()))
                .matches("1 restoring · all done by ~\\d\\d:\\d\\d");
        station.screenshot("time-left");
    }

    private static RestoreAttempt attempt(long id, Ecid ecid, Instant start, Instant end, AttemptOutcome outcome) {
        return new RestoreAttempt(id, new Ticket("H-" + id), null, ecid, null, "iPhone14,2", "1", "23B85",
                DeviceMode.RECOVERY, RestoreKind.UPDATE, "idevicerestore", "ana", start, end, outcome, null, null, null,
                null, List.of(), null);
    }
}
