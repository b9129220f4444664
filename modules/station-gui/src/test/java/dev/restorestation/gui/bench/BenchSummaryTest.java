package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchSummaryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T13:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void countsRestoringAndQueuedAndTellsWhenTheLastShouldEnd() {
        List<SlotTile> bench = List.of(
                tile(1, RestorePhase.RESTORING, T0.plusSeconds(600)),
                tile(2, RestorePhase.RESTORING, T0.plusSeconds(1200)),
                tile(3, RestorePhase.QUEUED, T0.plusSeconds(900)),
                SlotTile.empty(new Slot("1-1.4", "4")));

        assertThat(BenchSummary.of(bench, BERLIN)).isEqualTo("2 restoring · 1 queued · all done by ~14:20");
    }

    @Test
    void promisesNoEndWhileOneJobHasNoEstimate() {
        List<SlotTile> bench = List.of(tile(1, RestorePhase.RESTORING, T0.plusSeconds(600)),
                tile(2, RestorePhase.QUEUED, null));

        assertThat(BenchSummary.of(bench, BERLIN)).isEqualTo("1 restoring · 1 queued");
        assertThat(BenchSummary.of(List.of(), BERLIN)).isEqualTo("0 restoring");
    }

    private static SlotTile tile(int slot, RestorePhase phase, Instant doneBy) {
        Ecid ecid = new Ecid(0x1000 + slot);
        DeviceSnapshot phone = new DeviceSnapshot(new Slot("1-1." + slot, Integer.toString(slot)), DeviceMode.RESTORE,
                ecid, null, "iPhone14,2", "iPhone 13 Pro", null);
        RestoreUpdate update = new RestoreUpdate(ecid, phase, RestoreStep.UPLOAD_FILESYSTEM, 0.4, "");
        return SlotTile.of(phone).withJob(new JobState.Running(RestoreKind.UPDATE, T0, update, doneBy));
    }
}
