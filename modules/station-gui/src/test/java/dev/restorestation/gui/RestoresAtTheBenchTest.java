package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_CONTROL;
import static java.awt.event.KeyEvent.VK_ENTER;
import static java.awt.event.KeyEvent.VK_Q;
import static java.awt.event.KeyEvent.VK_RIGHT;
import static java.awt.event.KeyEvent.VK_SHIFT;
import static java.awt.event.KeyEvent.VK_X;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.gui.bench.JobState;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Window;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import org.junit.jupiter.api.Test;

/** Restores under a technician's hands: quitting, cancelling, retrying and clicking tiles with real keys and mouse. */
class RestoresAtTheBenchTest extends AtTheBench {

    @Test
    void quitWhileRestoringAsksNamingTheSlotsThenCancelsThemBeforeClosing() throws Exception {
        station.restores.holdUntilCancelled();
        station.open(KnownSlots.none());
        startRestores(2);

        hands.chord(VK_CONTROL, VK_Q);
        Window question = OpenStation.window("Quit Restore Station?");
        assertThat(messageOf(question)).isEqualTo("Quit Restore Station now?\n\n"
                + "Restoring, to be cancelled and recorded as cancelled: slots 1, 2\n\n"
                + "A device stopped mid-restore stays in Recovery mode until it is restored again.");
        hands.chord(VK_ENTER);
        assertThat(Ui.onEdt(station.frame::isShowing)).as("Enter keeps restoring").isTrue();
        assertThat(station.restores.cancelled()).isEmpty();

        hands.chord(VK_CONTROL, VK_Q);
        hands.click(OpenStation.button(OpenStation.window("Quit Restore Station?"), "Cancel restores and quit"));

        assertThat(station.closed.await(10, TimeUnit.SECONDS)).as("closed once cancelled").isTrue();
        assertThat(station.cancelledWhenClosed).as("both restores cancelled before the window said it closed")
                .isEqualTo(2);
    }

    @Test
    void cancelAsksBeforeStoppingARestore() throws Exception {
        station.restores.holdUntilCancelled();
        station.open(KnownSlots.none());
        startRestores(1);
        hands.click(station.find("tile-1"));

        hands.chord(VK_CONTROL, VK_SHIFT, VK_X);
        assertThat(messageOf(OpenStation.window("Cancel restores?"))).startsWith("Stop this restore?");
        hands.chord(VK_ENTER);
        assertThat(station.restores.cancelled()).as("Enter keeps restoring").isEmpty();

        hands.chord(VK_CONTROL, VK_SHIFT, VK_X);
        hands.click(OpenStation.button(OpenStation.window("Cancel restores?"), "Stop restore"));
        assertThat(Ui.await(() -> station.tile("1").job(), job -> job instanceof JobState.Cancelled, 10))
                .isInstanceOf(JobState.Cancelled.class);
    }

    @Test
    void aClickOnAnyLineOfATileSelectsIt() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(2));
        Container tile = (Container) station.find("tile-2");
        List<Component> lines = Ui.onEdt(() -> List.of(tile.getComponents()).stream()
                .filter(line -> line.isVisible() && line.getWidth() > 0).toList());
        assertThat(lines).hasSizeGreaterThan(4);
        for (Component line : lines) {
            hands.click(station.find("tile-1"));
            hands.click(line);
            assertThat(station.selectedSlots()).as("after a click on " + line).containsExactly("2");
        }
    }

    @Test
    void anUnpluggedTileKeepsItsSlotNumber() throws Exception {
        station.restores.holdUntilCancelled();
        station.open(KnownSlots.none());
        startRestores(2);
        BenchSnapshot two = FakeBench.benchOf(2);
        List<DeviceSnapshot> first = List.of(two.devices().get(0));
        station.bench.publish(new BenchSnapshot(first, two.usbmuxd(), java.time.Instant.now()));

        assertThat(Ui.await(() -> station.tile("2").present(), present -> !present, 10)).isFalse();
        Container tile = (Container) station.find("tile-2");
        JLabel slot = (JLabel) Ui.onEdt(() -> tile.getComponent(0));
        JLabel model = (JLabel) Ui.onEdt(() -> tile.getComponent(2));
        assertThat(Ui.await(model::getText, text -> text.startsWith("empty"), 10)).startsWith("empty");
        Ui.await(slot::getWidth, width -> width > 0, 10);
        assertThat(Ui.onEdt(() -> slot.getPreferredSize().width <= slot.getWidth())).as("\"Slot 2\" shown whole").isTrue();
        assertThat(Ui.onEdt(() -> model.getY() >= slot.getY() + slot.getHeight())).as("the model line under the slot")
                .isTrue();
        station.screenshot("unplugged-tile");
    }

    @Test
    void tickingAFixLeavesRetryWhereItIsAndAfterTheRetryTheArrowsMoveTheTiles() throws Exception {
        station.open(KnownSlots.none());
        FakeBench.benchOf(1).devices().forEach(device -> station.restores.failFirstAttempt(device.ecid(), 4013));
        station.bench.publish(FakeBench.benchOf(2));
        hands.click(station.find("tile-1"));
        scan("R-1");
        hands.click(station.find("tile-1"));
        hands.click(station.find("action-update"));
        assertThat(Ui.await(() -> station.tile("1").job(), job -> job instanceof JobState.Failed, 10))
                .isInstanceOf(JobState.Failed.class);
        Component retry = station.find("retry-with-fixes");

        hands.click(retry);
        assertThat(Ui.await(noticeText(), text -> text.startsWith("Tick"), 10))
                .isEqualTo("Tick the fixes you applied to slot 1 first, or use Update to try again unchanged");
        Point before = Ui.onEdt(retry::getLocationOnScreen);
        hands.click(station.find("fix-usb.swap-cable"));
        assertThat(Ui.onEdt(retry::getLocationOnScreen)).as("Retry stays put").isEqualTo(before);

        hands.click(retry);
        assertThat(Ui.await(() -> station.tile("1").job(), job -> job instanceof JobState.Succeeded, 10))
                .isInstanceOf(JobState.Succeeded.class);
        assertThat(Ui.onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner().getName()))
                .isEqualTo("bench-grid");
        hands.chord(VK_RIGHT);
        assertThat(station.selectedSlots()).containsExactly("2");
    }

    @Test
    void afterTheNavigationTheArrowKeysMoveTheTilesAndOneItemLooksSelected() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(3));
        hands.click(station.find("tile-1"));
        hands.click(station.find("nav-history"));
        hands.click(station.find("nav-bench"));

        hands.chord(VK_RIGHT);

        assertThat(station.selectedSlots()).containsExactly("2");
        assertThat(Ui.onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner().getName()))
                .isEqualTo("bench-grid");
    }

    @Test
    void anEraseWhoseSigningCouldNotBeCheckedAsksAndGoesAheadOnlyWhenTold() throws Exception {
        station.open(KnownSlots.none());
        BenchSnapshot bench = FakeBench.benchOf(1);
        station.restores.signingInDoubt(bench.devices().get(0).ecid(), "Apple signed build 23C71 (iOS 26.2.1) for"
                + " iPhone14,2 when last checked, but the catalog is offline; its copy saved 3 days ago");
        station.bench.publish(bench);
        hands.click(station.find("tile-1"));
        scan("R-1");

        eraseSlotOne();
        Window question = OpenStation.window("Signing not checked");
        assertThat(messageOf(question)).contains("its copy saved 3 days ago.").contains("Erase slot 1 (iPhone 13 Pro, ticket R-1) anyway?");
        hands.click(OpenStation.button(question, "Don't erase"));

        JobState refused = Ui.await(() -> station.tile("1").job(), job -> job instanceof JobState.NotStarted, 10);
        assertThat(((JobState.NotStarted) refused).diagnosis().summary()).endsWith("its copy saved 3 days ago");
        assertThat(station.restores.requests()).singleElement().satisfies(request -> {
            assertThat(request.checkSigning()).isTrue();
            assertThat(request.kind()).isEqualTo(RestoreKind.ERASE);
        });

        eraseSlotOne();
        hands.click(OpenStation.button(OpenStation.window("Signing not checked"), "Erase anyway"));

        assertThat(Ui.await(() -> station.tile("1").job(), job -> job instanceof JobState.Succeeded, 10))
                .isInstanceOf(JobState.Succeeded.class);
        assertThat(station.restores.requests()).extracting(RestoreRequest::checkSigning).containsExactly(true, true, false);
        assertThat(station.restores.requests().get(2).kind()).isEqualTo(RestoreKind.ERASE);
    }

    @Test
    void erasesOfSeveralDevicesInDoubtAreOneQuestionNamingEverySlot() throws Exception {
        station.open(KnownSlots.none());
        BenchSnapshot bench = FakeBench.benchOf(3);
        String why = "The catalog is offline; its copy saved 3 days ago";
        bench.devices().forEach(device -> station.restores.signingInDoubt(device.ecid(), why));
        station.bench.publish(bench);
        hands.click(station.find("tile-1"));
        for (int i = 1; i <= 3; i++) {
            scan("R-" + i);
        }
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, java.awt.event.KeyEvent.VK_A);
        hands.click(station.find("action-erase"));
        hands.click(OpenStation.button(OpenStation.window("Erase and restore?"), "Erase 3 devices"));

        Window question = OpenStation.window("Signing not checked");
        assertThat(messageOf(question)).contains("Erase these 3 devices anyway?")
                .contains("slot 1 (iPhone 13 Pro, ticket R-1)", "slot 2 (iPhone 13 Pro, ticket R-2)",
                        "slot 3 (iPhone 13 Pro, ticket R-3)");
        Thread.sleep(500); // the question paints its text a moment after it shows
        station.screenshot("unchecked-erase-of-three");
        hands.click(OpenStation.button(question, "Erase 3 anyway"));

        for (String slot : List.of("1", "2", "3")) {
            assertThat(Ui.await(() -> station.tile(slot).job(), job -> job instanceof JobState.Succeeded, 10))
                    .isInstanceOf(JobState.Succeeded.class);
        }
        assertThat(Ui.onEdt(() -> java.util.Arrays.stream(Window.getWindows())
                .filter(window -> window.isShowing() && window instanceof javax.swing.JDialog dialog
                        && "Signing not checked".equals(dialog.getTitle())).count())).as("questions still open").isZero();
        assertThat(station.restores.requests()).extracting(RestoreRequest::checkSigning)
                .containsExactly(true, true, true, false, false, false);
    }

    private void eraseSlotOne() throws Exception {
        hands.click(station.find("tile-1"));
        hands.click(station.find("action-erase"));
        hands.click(OpenStation.button(OpenStation.window("Erase and restore?"), "Erase device"));
    }

    /** Tickets R-1… on the first {@code count} tiles of a bench of that many, then Update on all. */
    private void startRestores(int count) throws Exception {
        station.bench.publish(FakeBench.benchOf(count));
        hands.click(station.find("tile-1"));
        for (int i = 1; i <= count; i++) {
            scan("R-" + i);
        }
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, java.awt.event.KeyEvent.VK_A);
        hands.click(station.find("action-update"));
        Ui.await(() -> station.tile(Integer.toString(count)).job(), JobState::active, 10);
    }

    private void scan(String ticket) throws Exception {
        hands.chord(VK_CONTROL, java.awt.event.KeyEvent.VK_B);
        hands.type(ticket + "\n");
    }

    private Ui.Read<String> noticeText() {
        return () -> ((JLabel) Ui.findOrNull(station.frame, "status-notice")).getText();
    }

    private static String messageOf(Window question) throws Exception {
        return Ui.onEdt(() -> {
            JOptionPane pane = (JOptionPane) ((Container) ((javax.swing.JDialog) question).getContentPane()).getComponent(0);
            return String.valueOf(pane.getMessage());
        });
    }
}
