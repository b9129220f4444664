package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_A;
import static java.awt.event.KeyEvent.VK_B;
import static java.awt.event.KeyEvent.VK_BACK_SPACE;
import static java.awt.event.KeyEvent.VK_CONTROL;
import static java.awt.event.KeyEvent.VK_DELETE;
import static java.awt.event.KeyEvent.VK_ENTER;
import static java.awt.event.KeyEvent.VK_N;
import static java.awt.event.KeyEvent.VK_SPACE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.bench.JobState;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JTextArea;
import org.junit.jupiter.api.Test;

/** Tickets scanned and notes typed with real keys and clicks: nothing a scan or a keystroke does may lose a ticket or a result. */
class ScanAtTheBenchTest extends AtTheBench {

    @Test
    void scansInARowGoToOneTileEachAndSelectTheNext() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(3));
        hands.click(station.find("tile-1"));

        scan("R-1");
        scan("R-2");

        assertThat(Ui.await(() -> station.ticketOf("2"), "R-2"::equals, 10)).isEqualTo("R-2");
        assertThat(station.ticketOf("1")).isEqualTo("R-1");
        assertThat(station.ticketOf("3")).isNull();
        assertThat(station.selectedSlots()).containsExactly("3");
        assertThat(outcome()).isEqualTo("R-2 → slot 2 · next scan: slot 3");
    }

    @Test
    void inGermanOnANarrowWindowTheOutcomeGivesWayToAShorterFormRatherThanBeingCut() throws Exception {
        StationLanguage.choose("de");
        try {
            station.open(KnownSlots.none());
            Ui.run(() -> station.frame.setSize(1280, 800));
            station.bench.publish(FakeBench.benchOf(12));
            hands.click(station.find("tile-1"));

            scan("R-10482");

            JLabel outcome = (JLabel) station.find("scan-outcome");
            String whole = "R-10482 → Steckplatz 1 · nächster Scan: Steckplatz 2";
            assertThat(Ui.await(() -> outcome.getToolTipText(), whole::equals, 10)).isEqualTo(whole);
            String shown = Ui.onEdt(outcome::getText);
            assertThat(shown).isIn(whole, "R-10482 → Steckplatz 1", "R-10482 → 1");
            assertThat(Ui.onEdt(() -> outcome.getFontMetrics(outcome.getFont()).stringWidth(shown)))
                    .as("\"%s\" fits its label", shown).isLessThanOrEqualTo(Ui.onEdt(outcome::getWidth));
        } finally {
            StationLanguage.choose("");
        }
    }

    @Test
    void aScanWithEveryTileSelectedReachesOnlyOneOfThem() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(4));
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_A);
        assertThat(station.selectedSlots()).containsExactly("1", "2", "3", "4");

        scan("R-7");

        assertThat(Ui.await(() -> station.ticketOf("1"), "R-7"::equals, 10)).isEqualTo("R-7");
        assertThat(station.ticketOf("2")).isNull();
        assertThat(station.ticketOf("3")).isNull();
        assertThat(station.ticketOf("4")).isNull();
    }

    @Test
    void aScanOnATileWithATicketAsksAndTheResultStaysUnlessReplaced() throws Exception {
        station.open(KnownSlots.none());
        FakeBench.benchOf(1).devices().forEach(device -> station.restores.failFirstAttempt(device.ecid(), 4013));
        station.bench.publish(FakeBench.benchOf(1));
        hands.click(station.find("tile-1"));
        scan("R-1");
        hands.click(station.find("action-update"));
        assertThat(Ui.await(() -> station.tile("1").job(), job -> job instanceof JobState.Failed, 10))
                .isInstanceOf(JobState.Failed.class);
        hands.click(station.find("fix-usb.swap-cable"));

        scan("R-2");
        Window question = OpenStation.window("Replace the ticket?");
        assertThat(messageOf(question)).startsWith("Replace R-1 with R-2 on slot 1?");
        hands.chord(VK_ENTER);

        assertThat(Ui.await(outcomeText(), text -> text.startsWith("Kept"), 10)).isEqualTo("Kept R-1 on slot 1");
        assertThat(station.ticketOf("1")).isEqualTo("R-1");
        assertThat(station.tile("1").job()).isInstanceOf(JobState.Failed.class);
        assertThat(station.tile("1").fixesMarked()).containsExactly("usb.swap-cable");

        scan("R-2");
        hands.click(OpenStation.button(OpenStation.window("Replace the ticket?"), "Replace"));

        assertThat(Ui.await(() -> station.ticketOf("1"), "R-2"::equals, 10)).isEqualTo("R-2");
        assertThat(station.tile("1").job()).isInstanceOf(JobState.Idle.class);
        assertThat(station.tile("1").fixesMarked()).isEmpty();
    }

    @Test
    void clearReadiesAFinishedTileForTheNextPhone() throws Exception {
        station.open(KnownSlots.none());
        FakeBench.benchOf(1).devices().forEach(device -> station.restores.failFirstAttempt(device.ecid(), 4013));
        station.bench.publish(FakeBench.benchOf(1));
        hands.click(station.find("tile-1"));
        scan("R-1");
        hands.click(station.find("action-update"));
        assertThat(Ui.await(() -> station.tile("1").job(), job -> job instanceof JobState.Failed, 10))
                .isInstanceOf(JobState.Failed.class);

        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_DELETE);

        assertThat(Ui.await(() -> station.tile("1").job(), job -> job instanceof JobState.Idle, 10))
                .isInstanceOf(JobState.Idle.class);
        assertThat(station.ticketOf("1")).isNull();
        scan("R-2");
        assertThat(Ui.await(() -> station.ticketOf("1"), "R-2"::equals, 10)).as("no question: the tile was cleared")
                .isEqualTo("R-2");
    }

    @Test
    void aRefusedScanIsExplainedBesideTheField() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(2));
        hands.click(station.find("tile-1"));
        scan("R-1");
        scan("R-2");
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_A);

        scan("R-3");

        assertThat(Ui.await(outcomeText(), text -> text.startsWith("Every"), 10))
                .isEqualTo("Every selected tile has a ticket: select the one tile for R-3");
        assertThat(Ui.onEdt(() -> station.find("scan-outcome").isShowing())).isTrue();
        assertThat(station.ticketOf("1")).isEqualTo("R-1");
        assertThat(station.ticketOf("2")).isEqualTo("R-2");
    }

    @Test
    void aScanOfOnlySpacesSaysSoAndLeavesTheFieldReady() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(1));
        hands.click(station.find("tile-1"));

        scan("   ");

        assertThat(Ui.await(outcomeText(), text -> !text.isEmpty(), 10)).isEqualTo("Only spaces were scanned: scan the ticket again");
        assertThat(station.ticketOf("1")).isNull();
        hands.type("R-3\n");
        assertThat(Ui.await(() -> station.ticketOf("1"), "R-3"::equals, 10)).as("the field kept the keyboard").isEqualTo("R-3");
    }

    @Test
    void scanningADevicesSerialNumberSelectsItsTileForTheTicketScannedNext() throws Exception {
        station.open(KnownSlots.none());
        BenchSnapshot three = FakeBench.benchOf(3);
        List<DeviceSnapshot> devices = new ArrayList<>(three.devices());
        DeviceSnapshot third = devices.get(2);
        devices.set(2, new DeviceSnapshot(third.slot(), third.mode(), third.ecid(), null, "F2LXK0Q1HG7F",
                third.productType(), third.name(), null));
        station.bench.publish(new BenchSnapshot(devices, three.usbmuxd(), Instant.now()));
        hands.click(station.find("tile-1"));

        scan("F2LXK0Q1HG7F");
        assertThat(Ui.await(outcomeText(), text -> text.startsWith("Serial"), 10))
                .isEqualTo("Serial F2LXK0Q1HG7F → slot 3 selected: scan its ticket");
        scan("R-8");

        assertThat(Ui.await(() -> station.ticketOf("3"), "R-8"::equals, 10)).isEqualTo("R-8");
        assertThat(station.ticketOf("1")).isNull();
    }

    @Test
    void theNoteDialogTakesSpacesAndLineBreaksAndSavesOnCtrlEnter() throws Exception {
        Window dialog = noteDialogOfTheOneTile("R-5");
        JTextArea text = Ui.find((Container) dialog, "note-text");
        assertThat(Ui.await(text::isFocusOwner, focused -> focused, 10)).as("the keyboard starts in the note").isTrue();
        hands.chord(VK_SPACE);
        hands.type("Wants the photos kept\nbackup failed");
        assertThat(Ui.onEdt(dialog::isShowing)).as("neither Space nor Enter closed the dialog").isTrue();
        hands.chord(VK_CONTROL, VK_ENTER);

        assertThat(Ui.await(() -> station.attempts.noteOf(new Ticket("R-5")), Optional::isPresent, 10))
                .contains("Wants the photos kept\nbackup failed");
        assertThat(Ui.onEdt(dialog::isShowing)).isFalse();
    }

    @Test
    void aNoteTooLongToKeepStaysInTheDialogUntilItIsShortened() throws Exception {
        String kept = "x".repeat(Ticket.MAX_NOTE_LENGTH - 5);
        station.attempts.noteTicket(new Ticket("R-6"), kept);
        Window dialog = noteDialogOfTheOneTile("R-6");
        JTextArea text = Ui.find((Container) dialog, "note-text");
        JLabel count = Ui.find((Container) dialog, "note-count");
        Ui.await(text::isFocusOwner, focused -> focused, 10);
        assertThat(Ui.onEdt(() -> count.getText())).isEqualTo("995 of 1,000 characters");
        hands.type(" and a ring");
        assertThat(Ui.onEdt(() -> count.getText())).isEqualTo("1,006 of 1,000 characters: shorten the note to save it");
        hands.chord(VK_CONTROL, VK_ENTER);

        assertThat(Ui.onEdt(dialog::isShowing)).as("the dialog stays with the text").isTrue();
        assertThat(Ui.onEdt(() -> text.getText())).isEqualTo(kept + " and a ring");
        assertThat(station.attempts.noteOf(new Ticket("R-6"))).contains(kept);
        for (int i = 0; i < 7; i++) {
            hands.chord(VK_BACK_SPACE);
        }
        hands.chord(VK_CONTROL, VK_ENTER);

        assertThat(Ui.await(() -> station.attempts.noteOf(new Ticket("R-6")), note -> !note.equals(Optional.of(kept)), 10))
                .contains(kept + " and");
        assertThat(Ui.onEdt(dialog::isShowing)).isFalse();
    }

    /** Opens the station with one tile, scans {@code ticket} onto it and opens its note with Ctrl+N. */
    private Window noteDialogOfTheOneTile(String ticket) throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(1));
        hands.click(station.find("tile-1"));
        scan(ticket);
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_N);
        return OpenStation.window("Customer note");
    }

    private void scan(String ticket) throws Exception {
        hands.chord(VK_CONTROL, VK_B);
        hands.type(ticket + "\n");
    }

    private String outcome() throws Exception {
        return outcomeText().get();
    }

    /** The outcome's whole text, which its tooltip keeps while a narrow toolbar shows a shorter form. */
    private Ui.Read<String> outcomeText() {
        return () -> {
            String whole = ((JLabel) Ui.findOrNull(station.frame, "scan-outcome")).getToolTipText();
            return whole == null ? "" : whole;
        };
    }

    private static String messageOf(Window question) throws Exception {
        return Ui.onEdt(() -> String.valueOf(find(question, JOptionPane.class).getMessage()));
    }

    private static <T> T find(Component root, Class<T> type) {
        if (type.isInstance(root)) {
            return type.cast(root);
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
