package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.HubLayout;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.testing.Ui;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.EventQueue;
import java.awt.FontMetrics;
import java.time.Instant;
import java.util.List;
import javax.swing.JLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A failed tile's headline in a longer language: whole where it fits, without its leading word where it would be cut. */
class TileViewTest {

    private static final DeviceSnapshot PHONE = new DeviceSnapshot(new Slot("1-1.2", "2"), DeviceMode.RECOVERY,
            new Ecid(0x1234), null, "iPhone9,4", "iPhone 7 Plus", null);

    @BeforeAll
    static void theme() throws Exception {
        EventQueue.invokeAndWait(() -> StationTheme.install(Theme.LIGHT));
    }

    @AfterEach
    void english() {
        StationLanguage.choose("en");
    }

    @Test
    void aHeadlineTooWideForTheTileDropsItsLeadingWordNotItsCategory() throws Exception {
        StationLanguage.choose("de");
        Diagnosis usb = new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, null, "the USB link dropped");
        SlotTile failed = SlotTile.of(PHONE).withTicket(new Ticket("R-1"))
                .withJob(new JobState.Failed(7, RestoreKind.UPDATE, usb, new Advice("4013", ErrorCategory.USB_CONNECTION,
                        "", true, List.of(), "")));

        Ui.run(() -> {
            TileView view = new TileView(() -> new HubLayout(HubLayout.DEFAULT_MAX_HUBS));
            view.show(failed, false, Instant.now());
            JLabel status = Ui.find(view, "tile-status");
            laidOut(view, 600);
            assertThat(status.getText()).isEqualTo("Fehler 4013 · USB-Verbindung");

            FontMetrics metrics = status.getFontMetrics(status.getFont());
            int whole = metrics.stringWidth("Fehler 4013 · USB-Verbindung");
            int shorter = metrics.stringWidth("4013 · USB-Verbindung");
            int around = view.getWidth() - status.getWidth();
            laidOut(view, around + (whole + shorter) / 2);
            assertThat(status.getText()).as("the category stays whole").isEqualTo("4013 · USB-Verbindung");
            assertThat(status.getToolTipText()).isEqualTo("Fehler 4013 · USB-Verbindung");

            laidOut(view, 600);
            assertThat(status.getText()).as("given the room again").isEqualTo("Fehler 4013 · USB-Verbindung");
        });
    }

    private static void laidOut(TileView view, int width) {
        view.setSize(width, 200);
        view.doLayout();
    }
}
