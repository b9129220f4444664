package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_CONTROL;
import static java.awt.event.KeyEvent.VK_P;
import static java.awt.event.KeyEvent.VK_SHIFT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.PortPower;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

/** "Power-cycle slot" acts only on a slot whose hub port the port power can switch, off the EDT. */
class PowerCycleAtTheBenchTest extends AtTheBench {

    private final List<String> cycled = new CopyOnWriteArrayList<>();

    @Test
    void onlyTheSlotOnASwitchablePortIsPowerCycledAndTheStatusBarSaysSo() throws Exception {
        station.power = new PortPower() {
            @Override
            public Set<String> switchablePorts() {
                return Set.of("1-1.2");
            }

            @Override
            public void cycle(Slot slot) throws IOException {
                cycled.add(slot.portPath());
            }
        };
        station.open(KnownSlots.none());
        station.bench.publish(new BenchSnapshot(List.of(phone(1), phone(2)), ServiceState.AVAILABLE, Instant.now()));
        JLabel notice = (JLabel) station.find("status-notice");

        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_SHIFT, VK_P);
        hands.click(station.find("tile-2"));
        hands.chord(VK_CONTROL, VK_SHIFT, VK_P);

        assertThat(Ui.await(() -> notice.getText(), text -> text.endsWith("turned off and on again"), 10))
                .isEqualTo("Slot 2: its USB port was turned off and on again");
        assertThat(cycled).as("slot 1's hub port cannot be switched: nothing done there").containsExactly("1-1.2");
    }

    private static DeviceSnapshot phone(int slot) {
        return new DeviceSnapshot(new Slot("1-1." + slot, Integer.toString(slot)), DeviceMode.RECOVERY,
                new Ecid(0x1A2B3C4D5E6F00L + slot), null, "iPhone14,2", "iPhone 13 Pro", null);
    }
}
