package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_CONTROL;
import static java.awt.event.KeyEvent.VK_ESCAPE;
import static java.awt.event.KeyEvent.VK_G;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.ButtonGuide;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Dialog;
import java.awt.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

/** "Guide into DFU" on the real window, watching a simulated phone that comes up in Recovery, then in DFU. */
class DfuGuideAtTheBenchTest extends AtTheBench {

    /** Shaped like the bundled guide for iPhones without a Home button, with steps short enough for a test. */
    private static final ButtonGuide FACE_ID = new ButtonGuide("iphone-without-home-button",
            "iPhone X and later (no Home button)", new ButtonGuide.Sequence(List.of(
                    new ButtonGuide.Step("Press and hold the side button", 2),
                    new ButtonGuide.Step("Let go of the side button; keep holding volume down", 2)),
            "https://example.org/dfu", "side button", "volume down button"), null);
    private static final Ecid PHONE = new Ecid(0x1A2B3C4D5E6F02L);

    @Test
    void theGuideSaysThePhoneCameUpInRecoveryAndOnTheNextGoThatItIsInDfu() throws Exception {
        station.guides = type -> type.equals("iPhone14,2") ? Optional.of(FACE_ID) : Optional.empty();
        station.open(KnownSlots.none());
        station.bench.publish(bench(Optional.of(DeviceMode.NORMAL)));

        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_G);
        Thread.sleep(500);
        assertThat(guideShowing()).as("no guide for a model no family covers").isNull();

        hands.click(station.find("tile-2"));
        hands.chord(VK_CONTROL, VK_G);
        Window guide = OpenStation.window("Guide into DFU — slot 2");
        JLabel countdown = Ui.find(guide, "guide-countdown");
        javax.swing.text.JTextComponent verdict = Ui.find(guide, "guide-verdict");
        assertThat(Ui.onEdt(countdown::getText)).startsWith("Get ready… ");
        assertThat(Ui.onEdt(() -> Ui.<JLabel>find(guide, "guide-step-2").getText()))
                .isEqualTo("Let go of the side button; keep holding volume down (2 s)");
        station.screenshot("dfu-guide-counting", guide);

        station.bench.publish(bench(Optional.empty()));
        station.bench.publish(bench(Optional.of(DeviceMode.RECOVERY)));
        assertThat(Ui.await(() -> Ui.onEdt(() -> verdict.getText()), text -> !text.startsWith("Watching"), 10))
                .isEqualTo("Came up in Recovery: let go of the side button sooner, then try again");
        assertThat(Ui.onEdt(countdown::getText)).isEqualTo("✗");
        station.screenshot("dfu-guide-recovery", guide);

        hands.click(Ui.<JButton>find(guide, "guide-again"));
        assertThat(Ui.onEdt(() -> verdict.getText())).as("a phone already in Recovery is not judged yet")
                .isEqualTo("Watching the slot…");
        station.bench.publish(bench(Optional.empty()));
        station.bench.publish(bench(Optional.of(DeviceMode.DFU)));
        assertThat(Ui.await(() -> Ui.onEdt(() -> verdict.getText()), "In DFU ✓"::equals, 10)).isEqualTo("In DFU ✓");
        station.screenshot("dfu-guide-in-dfu", guide);

        hands.chord(VK_ESCAPE);
        for (int tries = 0; tries < 100 && guideShowing() != null; tries++) {
            Thread.sleep(50);
        }
        assertThat(guideShowing()).as("Escape closes the guide, as every dialog").isNull();
    }

    /** Slot 1 holds a model no guide covers; slot 2 the phone, in {@code mode}, or nothing. */
    private static BenchSnapshot bench(Optional<DeviceMode> mode) {
        List<DeviceSnapshot> devices = new ArrayList<>();
        devices.add(new DeviceSnapshot(new Slot("1-1.1", "1"), DeviceMode.NORMAL, new Ecid(0x1A2B3C4D5E6F01L), null,
                "iPod9,1", "iPod touch", null));
        mode.ifPresent(m -> devices.add(new DeviceSnapshot(new Slot("1-1.2", "2"), m, PHONE, null, "iPhone14,2",
                "iPhone 13 Pro", null)));
        return new BenchSnapshot(devices, ServiceState.AVAILABLE, Instant.now());
    }

    private static Window guideShowing() throws Exception {
        return Ui.onEdt(() -> {
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window instanceof Dialog dialog && dialog.getTitle().startsWith("Guide into DFU")) {
                    return window;
                }
            }
            return null;
        });
    }
}
