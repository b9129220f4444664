package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_A;
import static java.awt.event.KeyEvent.VK_B;
import static java.awt.event.KeyEvent.VK_CONTROL;
import static java.awt.event.KeyEvent.VK_DOWN;
import static java.awt.event.KeyEvent.VK_ENTER;
import static java.awt.event.KeyEvent.VK_SHIFT;
import static java.awt.event.KeyEvent.VK_U;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.firmware.CatalogBuild;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Container;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build each device will get, on its tile, and another picked for the selection with the keyboard. */
class BuildAtTheBenchTest extends AtTheBench {

    @Test
    void tilesShowTheirBuildAndAPickFromTheKeyboardIsWhatTheRestoresGet() throws Exception {
        station.shop.catalogBuilds = List.of(new CatalogBuild("23B85", "26.1", 0, true, null, ""),
                new CatalogBuild("23A341", "26.0", 0, true, null, ""));
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(2));
        assertThat(detailOf("1", "Gets 23B85 (iOS 26.1), latest signed")).isEqualTo("Gets 23B85 (iOS 26.1), latest signed");

        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_A);
        hands.chord(VK_CONTROL, VK_SHIFT, VK_B);
        OpenStation.window("Choose the build");
        station.screenshot("choose-build");
        hands.chord(VK_DOWN);
        hands.chord(VK_DOWN);
        hands.chord(VK_ENTER);

        assertThat(detailOf("2", "Gets 23A341 (iOS 26.0), chosen")).isEqualTo("Gets 23A341 (iOS 26.0), chosen");
        hands.chord(VK_CONTROL, VK_B);
        hands.type("R-1\n");
        hands.chord(VK_CONTROL, VK_B);
        hands.type("R-2\n");
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_A);
        hands.chord(VK_CONTROL, VK_U);
        assertThat(Ui.await(() -> station.restores.requests().stream().map(RestoreRequest::firmware).toList(),
                firmware -> firmware.size() == 2, 10))
                .containsOnly(new FirmwareChoice.Build("23A341"));
    }

    private String detailOf(String slot, String wanted) throws Exception {
        Container tile = (Container) station.find("tile-" + slot);
        return Ui.await(() -> ((ClampedText) Ui.find(tile, "tile-detail")).fullText(), wanted::equals, 10);
    }
}
