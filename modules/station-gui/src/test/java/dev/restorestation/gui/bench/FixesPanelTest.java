package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.gui.testing.Ui;
import java.awt.event.ActionEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import org.junit.jupiter.api.Test;

/** The fixes panel offers the DFU guide right under the fix that puts the device in DFU mode, and nowhere else. */
class FixesPanelTest {

    private final AtomicInteger guided = new AtomicInteger();
    private final Action guide = new AbstractAction("Guide into DFU…") {
        @Override
        public void actionPerformed(ActionEvent e) {
            guided.incrementAndGet();
        }
    };
    private final FixesPanel panel = new FixesPanel(new AbstractAction("Retry with fixes") {
        @Override
        public void actionPerformed(ActionEvent e) {
        }
    }, guide, (slot, fixes) -> { });

    @Test
    void theDfuFixCarriesTheGuideButton() {
        panel.show(failed(new Fix("cable-swap", "Swap to another cable", false, ""),
                new Fix(FixesPanel.ENTER_DFU, "Put the device in DFU mode (black screen, not Recovery) and retry", false, "")));

        JButton button = Ui.find(panel, "fix-guide-dfu");
        assertThat(button.getAction()).isSameAs(guide);
        button.doClick();
        assertThat(guided).hasValue(1);
    }

    @Test
    void adviceWithoutTheDfuFixHasNoGuideButton() {
        panel.show(failed(new Fix("cable-swap", "Swap to another cable", false, "")));

        assertThat(Ui.findOrNull(panel, "fix-guide-dfu")).isNull();
    }

    @Test
    void anEraseFixThatSaysSoInItsOwnLanguageIsNotWarnedTwice() {
        try {
            for (String[] language : new String[][] {
                    {"en", "Erase-restore in DFU mode (erases the customer's data)", "Reset the NAND", "(erases data)"},
                    {"es", "Restaure con borrado en modo DFU (borra los datos del cliente)", "Reinicie la NAND", "(borra los datos)"},
                    {"de", "Im DFU-Modus mit Löschen wiederherstellen (löscht die Daten des Kunden)", "NAND zurücksetzen",
                            "(löscht Daten)"}}) {
                StationLanguage.choose(language[0]);
                assertThat(FixesPanel.label(8, new Fix("dfu-erase-restore", language[1], true, "")))
                        .isEqualTo("8. " + language[1]);
                assertThat(FixesPanel.label(9, new Fix("nand-reset", language[2], true, "")))
                        .as("a destructive fix that does not say so is warned").isEqualTo("9. " + language[2] + " " + language[3]);
            }
        } finally {
            StationLanguage.choose("en");
        }
    }

    private static SlotTile failed(Fix... fixes) {
        Advice advice = new Advice("14", ErrorCategory.USB_CONNECTION, "The restore stopped.", true, List.of(fixes), "");
        DeviceSnapshot phone = new DeviceSnapshot(new Slot("1-1.5", "5"), DeviceMode.RECOVERY,
                new Ecid(0x1A2B3C4D5E6F05L), null, "iPhone10,3", "iPhone X", null);
        return SlotTile.of(phone).withJob(new JobState.Failed(3, RestoreKind.UPDATE,
                new Diagnosis(ErrorCategory.USB_CONNECTION, 14, null, "generic failure"), advice));
    }
}
