package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_CONTROL;
import static java.awt.event.KeyEvent.VK_H;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

/** From a tile to everything the station did to that phone, with one key. */
class DeviceHistoryAtTheBenchTest extends AtTheBench {

    @Test
    void ctrlHOnATileShowsThatDevicesAttemptsInHistory() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(3));
        hands.click(station.find("tile-2"));

        hands.chord(VK_CONTROL, VK_H);

        String expected = "Device with ECID " + new Ecid(0x1A2B3C4D5E6F02L).hex();
        JLabel heading = (JLabel) station.find("history-heading");
        assertThat(Ui.await(() -> Ui.onEdt(heading::getText), text -> text.startsWith(expected + " — "), 10))
                .startsWith(expected + " — ");
    }
}
