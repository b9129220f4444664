package dev.restorestation.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class ScreenFitTest {

    private final Rectangle screen = new Rectangle(0, 0, 1600, 1000);

    @Test
    void aFirstWindowAtTwiceTheScaleFitsTheScreenCentred() {
        assertThat(ScreenFit.fit(new Rectangle(-1, -1, 2560, 1600), screen)).isEqualTo(new Rectangle(0, 0, 1600, 1000));
        assertThat(ScreenFit.fit(new Rectangle(-1, -1, 1280, 800), screen)).isEqualTo(new Rectangle(160, 100, 1280, 800));
    }

    @Test
    void aSavedPlaceOnAMonitorNoLongerThereComesBackOnScreen() {
        assertThat(ScreenFit.fit(new Rectangle(1920, 200, 1280, 800), screen)).isEqualTo(new Rectangle(160, 100, 1280, 800));
    }

    @Test
    void aSavedPlaceHangingOverTheEdgeIsPulledIn() {
        assertThat(ScreenFit.fit(new Rectangle(900, 600, 1280, 800), screen)).isEqualTo(new Rectangle(320, 200, 1280, 800));
    }

    @Test
    void aSavedPlaceThatFitsIsKept() {
        assertThat(ScreenFit.fit(new Rectangle(40, 30, 1280, 800), screen)).isEqualTo(new Rectangle(40, 30, 1280, 800));
    }

    @Test
    void aScreenNotAtTheOriginIsRespected() {
        Rectangle right = new Rectangle(1600, 24, 1920, 1056);
        assertThat(ScreenFit.fit(new Rectangle(-1, -1, 1280, 800), right)).isEqualTo(new Rectangle(1920, 152, 1280, 800));
    }
}
