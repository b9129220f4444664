package dev.restorestation.devices;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.device.SlotLabels;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The slot map as the window's slot port: known slots, and calibration through {@link SlotCalibration}. */
public final class SlotMapLabels implements SlotLabels {

    private final SlotMap map;

    public SlotMapLabels(SlotMap map) {
        this.map = map;
    }

    @Override
    public List<Slot> known() {
        return map.labels().entrySet().stream()
                .map(entry -> new Slot(entry.getKey(), entry.getValue()))
                .sorted()
                .toList();
    }

    @Override
    public Calibration calibrate(int first, int last, BenchSnapshot now) {
        SlotCalibration round = new SlotCalibration(map, first, last,
                now.devices().stream().map(device -> device.slot().portPath()).toList());
        return new Calibration() {
            @Override
            public String prompt() {
                return round.prompt();
            }

            @Override
            public boolean done() {
                return round.done();
            }

            @Override
            public Optional<Slot> observe(BenchSnapshot bench) throws IOException {
                return round.observe(bench);
            }
        };
    }
}
