package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.task.SameThreadTaskExecutor;
import dev.restorestation.gui.MemoryAttemptLog;
import java.awt.EventQueue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The build each ready device will get, shown on its tile, and another one picked for a selection. */
class BuildChoiceTest {

    private static final BuildOption LATEST = new BuildOption("23B85", "26.1", true, true, false);
    private static final BuildOption OLDER_SIGNED = new BuildOption("23A341", "26.0", false, true, true);
    private static final BuildOption ONLY_CACHED = new BuildOption("22G86", "18.6", false, false, true);
    private static final BuildOption IPAD_LATEST = new BuildOption("23B86", "26.1", true, true, false);

    private final AtomicInteger lookUps = new AtomicInteger();
    private final Map<String, List<BuildOption>> catalog = Map.of(
            "iPhone14,2", List.of(LATEST, OLDER_SIGNED, ONLY_CACHED),
            "iPad13,16", List.of(IPAD_LATEST, OLDER_SIGNED));
    private final BenchFakes.PlainView view = new BenchFakes.PlainView();
    private final BenchFakes.HeldRestores restores = new BenchFakes.HeldRestores();
    private final List<String> notices = new ArrayList<>();
    private final BenchController controller = new BenchController(view, restores, new MemoryAttemptLog(),
            new BenchFakes.NoSlots(), new SameThreadTaskExecutor(), new FirmwareChoice.LatestSigned(),
            (productType, context) -> {
                lookUps.incrementAndGet();
                return catalog.getOrDefault(productType, List.of());
            }, () -> "ana", notices::add);

    @Test
    void aReadyTileSaysWhichBuildItGetsAndTheModelsBuildsAreReadOnce() throws Exception {
        onEdt(() -> {
            controller.applyBench(bench("iPhone14,2", "iPhone14,2"));
            controller.applyBench(bench("iPhone14,2", "iPhone14,2"));

            assertThat(tile("1").build()).isEqualTo(LATEST);
            assertThat(tile("1").buildChosen()).isFalse();
            assertThat(TileText.detail(tile("2"))).isEqualTo("Gets 23B85 (iOS 26.1), latest signed");
            assertThat(lookUps).hasValue(1);
        });
    }

    @Test
    void aBuildPickedForTheSelectionIsTheOneItsRestoresGetUntilTakenBack() throws Exception {
        onEdt(() -> {
            controller.applyBench(bench("iPhone14,2", "iPhone14,2"));
            withTickets(2);
            view.selectAll();
            view.pick = choices -> Optional.of(choices.get(2));

            controller.chooseBuild();

            assertThat(view.offered).containsExactly(BuildOption.LATEST_FOR_EACH, LATEST, OLDER_SIGNED, ONLY_CACHED);
            assertThat(TileText.detail(tile("2"))).isEqualTo("Gets 23A341 (iOS 26.0), chosen");
            assertThat(EraseConfirmation.describe(tile("1"))).contains("\n      Gets 23A341 (iOS 26.0), chosen");
            assertThat(notices).last().isEqualTo("Slot 1, 2 get 23A341 (iOS 26.0)");

            view.pick = choices -> Optional.of(BuildOption.LATEST_FOR_EACH);
            view.selected.remove(tile("2").key());
            controller.chooseBuild();
            controller.updateAllReady();

            assertThat(restores.requests).extracting(RestoreRequest::firmware)
                    .containsExactly(new FirmwareChoice.LatestSigned(), new FirmwareChoice.Build("23A341"));
        });
    }

    @Test
    void acrossModelsOnlyTheBuildsEveryOneCanTakeAreOfferedAndNoneIsCalledTheirLatest() throws Exception {
        onEdt(() -> {
            controller.applyBench(bench("iPhone14,2", "iPad13,16"));
            view.selectAll();

            controller.chooseBuild();

            assertThat(view.offered).containsExactly(BuildOption.LATEST_FOR_EACH,
                    new BuildOption("23A341", "26.0", false, true, true));
            assertThat(tile("2").build()).isEqualTo(IPAD_LATEST);
        });
    }

    @Test
    void anEraseAsksNamingTheBuildEachDeviceGets() throws Exception {
        onEdt(() -> {
            controller.applyBench(bench("iPhone14,2"));
            withTickets(1);

            assertThat(EraseConfirmation.describe(tile("1")))
                    .startsWith("Slot 1 · iPhone · ECID ").contains("\n      Gets 23B85 (iOS 26.1), latest signed");
            view.erase = true;
            view.selectAll();
            controller.restoreSelected(RestoreKind.ERASE);
            assertThat(restores.requests).extracting(RestoreRequest::firmware).containsExactly(new FirmwareChoice.LatestSigned());
        });
    }

    private void withTickets(int devices) {
        controller.selectSlot("1");
        for (int i = 1; i <= devices; i++) {
            controller.assignTicket("T-" + i);
        }
    }

    private SlotTile tile(String label) {
        return view.tiles.stream().filter(t -> t.slot().label().equals(label)).findFirst().orElseThrow();
    }

    private static BenchSnapshot bench(String... models) {
        List<DeviceSnapshot> phones = new ArrayList<>();
        for (int i = 1; i <= models.length; i++) {
            phones.add(new DeviceSnapshot(new Slot("1-1." + i, Integer.toString(i)), DeviceMode.RECOVERY,
                    new Ecid(0x1A2B3C4D5E6F00L + i), null, models[i - 1], models[i - 1].startsWith("iPad") ? "iPad" : "iPhone", null));
        }
        return new BenchSnapshot(phones, ServiceState.AVAILABLE, Instant.now());
    }

    private interface EdtWork {
        void run() throws Exception;
    }

    private static void onEdt(EdtWork work) throws Exception {
        Throwable[] failure = new Throwable[1];
        EventQueue.invokeAndWait(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        });
        if (failure[0] instanceof Exception e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }
}
