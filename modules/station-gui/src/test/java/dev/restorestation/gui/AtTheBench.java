package dev.restorestation.gui;

import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.gui.testing.Hands;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The real window at the bench, driven with real keys and clicks; skipped (failed under CI) without a display. */
abstract class AtTheBench {

    OpenStation station;
    Hands hands;

    @BeforeEach
    void openTheWindow() throws Exception {
        HostRequirement.require(!GraphicsEnvironment.isHeadless(), "a display (DISPLAY, e.g. Xvfb)");
        hands = new Hands();
        station = new OpenStation();
    }

    /** The file name field of a save dialog, where the keyboard starts. */
    static JTextField focusedField(Window window) {
        Component focused = window.getFocusOwner();
        if (!(focused instanceof JTextField field)) {
            throw new AssertionError("the focus is on " + focused + ", not the file name");
        }
        return field;
    }

    @AfterEach
    void closeIt() throws Exception {
        if (station != null) {
            station.close();
        }
    }
}
