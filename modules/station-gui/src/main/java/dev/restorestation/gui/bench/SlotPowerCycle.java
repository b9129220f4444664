package dev.restorestation.gui.bench;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.PortPower;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * "Power-cycle slot": offered only for a slot whose hub switches that port alone, as the port
 * power says once the bench first shows a device on that port (asking runs a program, off the EDT).
 */
final class SlotPowerCycle {

    private final PortPower power;
    private final TaskExecutor tasks;
    private final Consumer<String> notice;
    private final Runnable onChange;
    /** Port paths already asked about; EDT only. */
    private final Set<String> asked = new HashSet<>();
    private Set<String> switchable = Set.of();

    SlotPowerCycle(PortPower power, TaskExecutor tasks, Consumer<String> notice, Runnable onChange) {
        this.power = power;
        this.tasks = tasks;
        this.notice = notice;
        this.onChange = onChange;
    }

    /** On the EDT: asks the port power again when a port appears that was not asked about. */
    void benchChanged(BenchSnapshot bench) {
        if (power == PortPower.NONE) {
            return;
        }
        Set<String> ports = new HashSet<>();
        bench.devices().stream().map(DeviceSnapshot::slot).forEach(slot -> ports.add(slot.portPath()));
        if (asked.containsAll(ports)) {
            return;
        }
        asked.addAll(ports);
        UiTask.run(tasks, "read which USB ports switch power", context -> power.switchablePorts(), found -> {
            switchable = Set.copyOf(found);
            onChange.run();
        }, failure -> { });
    }

    boolean canCycle(SlotTile tile) {
        return switchable.contains(tile.slot().portPath());
    }

    void cycle(SlotTile tile) {
        String slot = Texts.text("tile.slot", tile.slot().label());
        notice.accept(Texts.text("power.cycling", slot));
        UiTask.run(tasks, "power-cycle " + slot, context -> {
            power.cycle(tile.slot());
            return slot;
        }, done -> notice.accept(Texts.text("power.cycled", done)),
                failure -> notice.accept(slot + ": " + UiTask.describe(failure)));
    }
}
