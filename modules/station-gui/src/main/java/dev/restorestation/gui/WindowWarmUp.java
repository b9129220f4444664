package dev.restorestation.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;

/**
 * Connects to the display and loads the look and feel on a spare core while the command line,
 * logging and settings start on the main thread: about a third of the time to the first frame.
 * Creates no component, so the EDT rule is kept.
 */
public final class WindowWarmUp {

    private WindowWarmUp() {
    }

    public static void start() {
        Thread thread = new Thread(WindowWarmUp::warm, "window-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warm() {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        Toolkit.getDefaultToolkit();
        GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration();
        for (String name : new String[] {
            "com.formdev.flatlaf.FlatLightLaf", "com.formdev.flatlaf.FlatDarkLaf", "net.miginfocom.swing.MigLayout",
            "javax.swing.JFrame", "javax.swing.JToggleButton", "javax.swing.JMenuBar", "javax.swing.JScrollPane",
        }) {
            try {
                Class.forName(name, true, WindowWarmUp.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return;
            }
        }
    }
}
