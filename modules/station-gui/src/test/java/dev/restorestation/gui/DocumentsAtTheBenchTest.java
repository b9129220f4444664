package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_A;
import static java.awt.event.KeyEvent.VK_B;
import static java.awt.event.KeyEvent.VK_CONTROL;
import static java.awt.event.KeyEvent.VK_D;
import static java.awt.event.KeyEvent.VK_ENTER;
import static java.awt.event.KeyEvent.VK_P;
import static java.awt.event.KeyEvent.VK_SHIFT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.settings.LabelPrinting;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.bench.JobState;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.RecordingLabels;
import dev.restorestation.gui.testing.Ui;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Device labels and customer reports from the bench: labels by themselves once a device is verified, both from the tile's menu. */
class DocumentsAtTheBenchTest extends AtTheBench {

    private static final LabelPrinting BY_THEMSELVES = new LabelPrinting("Bench QL-820", "57x32", true);

    @Test
    void aDeviceVerifiedAfterItsRestoreGetsItsLabelOnTheSettingsPrinter() throws Exception {
        RecordingLabels printer = new RecordingLabels(List.of("Bench QL-820"));
        restoreOneVerified(printer, BY_THEMSELVES);

        assertThat(Ui.await(printer::labels, labels -> !labels.isEmpty(), 10))
                .containsExactly(new RecordingLabels.Label(1, new LabelSize(57, 32), "Bench QL-820", null));
        assertThat(notice(text -> text.startsWith("Label of ticket"))).isEqualTo("Label of ticket R-1 sent to Bench QL-820");
    }

    @Test
    void aLabelThatCannotBePrintedByItselfIsSavedAsAPdfAndTheNoticeSaysWhere() throws Exception {
        RecordingLabels gone = new RecordingLabels(List.of()).printFails("no printer 'Bench QL-820' on this computer");
        restoreOneVerified(gone, BY_THEMSELVES);

        Path pdf = Path.of("/tmp/station-test", "labels", "label-R-1-1.pdf");
        assertThat(Ui.await(gone::labels, labels -> !labels.isEmpty(), 10))
                .containsExactly(new RecordingLabels.Label(1, new LabelSize(57, 32), null, pdf));
        assertThat(notice(text -> text.startsWith("Could not print"))).isEqualTo("Could not print the label of ticket R-1"
                + " (no printer 'Bench QL-820' on this computer): saved as " + pdf);
    }

    @Test
    void withoutThePrintByItselfSettingNothingIsPrintedUntilTheTechnicianAsksFromTheTile() throws Exception {
        RecordingLabels printer = new RecordingLabels(List.of("Bench QL-820"));
        restoreOneVerified(printer, new LabelPrinting("", "62x29", false));
        Thread.sleep(500);
        assertThat(printer.labels()).isEmpty();

        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_P);
        OpenStation.window("Print label");
        hands.chord(VK_ENTER);

        assertThat(Ui.await(printer::labels, labels -> !labels.isEmpty(), 10))
                .containsExactly(new RecordingLabels.Label(1, LabelSize.DEFAULT, "Bench QL-820", null));
    }

    @Test
    void theReportOfATilesTicketIsSavedWhereTheTechnicianTypes(@TempDir Path folder) throws Exception {
        List<String> written = new CopyOnWriteArrayList<>();
        station.shop.reports = (ticket, pdf, withNote) -> {
            written.add(ticket + " " + pdf + " " + withNote);
            return "0".repeat(64);
        };
        restoreOneVerified(new RecordingLabels(List.of()), new LabelPrinting("", "62x29", false));

        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_SHIFT, VK_D);
        OpenStation.window("Save the report of ticket R-1");
        hands.chord(VK_CONTROL, VK_A);
        hands.type(folder.resolve("customer.pdf") + "\n");

        assertThat(Ui.await(() -> written, list -> !list.isEmpty(), 10))
                .containsExactly("R-1 " + folder.resolve("customer.pdf") + " false");
        assertThat(notice(text -> text.startsWith("Report of"))).isEqualTo("Report of ticket R-1 saved to "
                + folder.resolve("customer.pdf"));
    }

    private void restoreOneVerified(RecordingLabels labels, LabelPrinting printing) throws Exception {
        StationSettings defaults = StationSettings.defaults();
        station.settings = new StationSettings(defaults.version(), defaults.theme(), defaults.window(), "ana",
                defaults.cacheCapBytes(), "", "", defaults.parallelRestores(), "", "", defaults.verifyWaitMinutes(),
                defaults.signingMaxAgeHours(), defaults.restoresPerRootHub(), defaults.restoresPerHub(),
                defaults.maxHubDepth(), defaults.autoRetry(), false, printing, "");
        station.shop.labels = labels;
        station.restores.verifyOnTheDevice();
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(1));
        Ecid phone = FakeBench.benchOf(1).devices().get(0).ecid();
        // the attempt the station begins before the engine's first step, as the history keeps it
        station.attempts.put(new RestoreAttempt(1, new Ticket("R-1"), null, phone, null, "iPhone14,2", "1", "23B85",
                DeviceMode.RECOVERY, RestoreKind.UPDATE, "idevicerestore", "ana", Instant.now(), null,
                AttemptOutcome.RUNNING, null, null, null, null, List.of(), null), List.of());
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_B);
        hands.type("R-1\n");
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_A);
        hands.click(station.find("action-update"));
        Ui.await(() -> station.tile("1").job(), job -> job instanceof JobState.Succeeded, 20);
    }

    private String notice(Predicate<String> wanted) throws Exception {
        return Ui.await(() -> Ui.onEdt(() -> ((JLabel) station.find("status-notice")).getText()), wanted, 10);
    }
}
