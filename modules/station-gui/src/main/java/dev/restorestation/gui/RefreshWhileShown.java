package dev.restorestation.gui;

import java.awt.event.HierarchyEvent;
import javax.swing.JComponent;
import javax.swing.Timer;

/** An area that reads the shop refreshes when it comes into view and then every few seconds, only while shown. */
public final class RefreshWhileShown {

    private RefreshWhileShown() {
    }

    public static void install(JComponent area, int everySeconds, Runnable refresh) {
        Timer timer = new Timer(everySeconds * 1000, e -> refresh.run());
        area.addHierarchyListener(event -> {
            if ((event.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
                if (area.isShowing()) {
                    refresh.run();
                    timer.start();
                } else {
                    timer.stop();
                }
            }
        });
    }
}
