package dev.restorestation.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.gui.testing.Ui;
import java.time.Duration;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

/** No display needed: the bar is never shown, only its notice read. */
class StatusBarTest {

    @Test
    void aNoticeAboutAnActionGoesOnceItIsOldNewsAndANewOneStartsItsOwnTime() throws Exception {
        StatusBar bar = Ui.onEdt(() -> new StatusBar(Duration.ofMillis(400)));
        JLabel notice = Ui.find(bar, "status-notice");

        Ui.run(() -> bar.showNotice("Tick the fixes you applied to slot 5 first"));
        Thread.sleep(250);
        Ui.run(() -> bar.showNotice("Assign a ticket first: slot 1"));
        Thread.sleep(250);

        assertThat(Ui.onEdt(notice::getText)).as("the second notice's own time").isEqualTo("Assign a ticket first: slot 1");
        assertThat(Ui.await(notice::getText, String::isEmpty, 5)).isEmpty();
        assertThat(Ui.onEdt(() -> notice.getToolTipText())).isNull();
    }

    @Test
    void aConditionStaysUntilReplaced() throws Exception {
        StatusBar bar = Ui.onEdt(() -> new StatusBar(Duration.ofMillis(100)));
        JLabel notice = Ui.find(bar, "status-notice");

        Ui.run(() -> bar.showNotice("Saved"));
        Ui.run(() -> bar.showCondition("The bench cannot be watched: usbmuxd is not running"));
        Thread.sleep(400);

        assertThat(Ui.onEdt(notice::getText)).isEqualTo("The bench cannot be watched: usbmuxd is not running");
    }
}
