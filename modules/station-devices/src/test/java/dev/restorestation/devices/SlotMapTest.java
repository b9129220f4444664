package dev.restorestation.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.device.Slot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlotMapTest {

    @TempDir
    Path settings;

    @Test
    void keepsLabelsInItsFileAcrossRestarts() throws Exception {
        SlotMap map = SlotMap.load(settings);
        map.assign("1-2.4", "1");
        map.assign("1-2.3", "2");

        SlotMap reopened = SlotMap.load(settings);
        assertThat(reopened.slotFor("1-2.4")).isEqualTo(new Slot("1-2.4", "1"));
        assertThat(reopened.slotFor("1-2.3")).isEqualTo(new Slot("1-2.3", "2"));
        assertThat(Files.readString(settings.resolve(SlotMap.FILE_NAME))).contains("1-2.4=1");
    }

    @Test
    void showsThePortPathOfAnUnlabelledPort() throws Exception {
        assertThat(SlotMap.load(settings).slotFor("3-1.7")).isEqualTo(new Slot("3-1.7", "3-1.7"));
    }

    @Test
    void movesALabelToTheNewPortAndForgets() throws Exception {
        SlotMap map = SlotMap.load(settings);
        map.assign("1-2.4", "5");
        map.assign("1-2.1", "5");
        assertThat(map.labelOf("1-2.4")).isEmpty();
        assertThat(map.labelOf("1-2.1")).hasValue("5");

        map.forget("1-2.1");
        assertThat(SlotMap.load(settings).labels()).isEmpty();
    }

    @Test
    void refusesAnEmptyLabelAndLosesNothing() throws Exception {
        SlotMap map = SlotMap.load(settings);
        map.assign("1-2.4", "1");
        assertThatThrownBy(() -> map.assign("1-2.4", "  ")).hasMessage("a slot label cannot be empty");
        assertThat(SlotMap.load(settings).labelOf("1-2.4")).hasValue("1");
    }

    @Test
    void calibratesSlotByPluggingOneDeviceAfterAnother() throws Exception {
        SlotMap map = SlotMap.load(settings);
        SlotCalibration calibration = new SlotCalibration(map, 1, 3, Set.of("9-9"));
        assertThat(calibration.prompt()).isEqualTo("Plug a device into slot 1…");

        assertThat(calibration.observe(List.of("9-9"))).as("already there before").isEmpty();
        assertThat(calibration.observe(List.of("9-9", "1-1.3"))).hasValue(new Slot("1-1.3", "1"));
        assertThat(calibration.prompt()).isEqualTo("Plug a device into slot 2…");
        assertThat(calibration.observe(List.of("9-9"))).as("unplugged again").isEmpty();
        assertThat(calibration.observe(List.of("9-9", "1-1.3"))).as("same port again is not slot 2").isEmpty();
        assertThat(calibration.observe(List.of("1-1.1"))).hasValue(new Slot("1-1.1", "2"));
        assertThat(calibration.observe(List.of("1-1.1", "1-1.2"))).hasValue(new Slot("1-1.2", "3"));
        assertThat(calibration.done()).isTrue();
        assertThat(calibration.prompt()).isEqualTo("All slots up to 3 are calibrated.");
        assertThat(calibration.observe(List.of("2-1"))).isEmpty();

        assertThat(SlotMap.load(settings).labels())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("1-1.3", "1", "1-1.1", "2", "1-1.2", "3"));
    }

    @Test
    void neverCalibratesAUsbmuxdDeviceWithoutPort() throws Exception {
        SlotCalibration calibration = new SlotCalibration(SlotMap.load(settings), 1, 2, Set.of());
        assertThat(calibration.observe(List.of(BenchAssembler.UNPLACED_PREFIX + "4"))).isEmpty();
        assertThat(calibration.prompt()).isEqualTo("Plug a device into slot 1…");
    }
}
