package dev.restorestation.core.planted;

import javax.swing.JPanel;

/** A breach planted for the architecture tests: core code that reaches for Swing. */
public final class SwingInCore {

    public JPanel panel() {
        return new JPanel();
    }
}
