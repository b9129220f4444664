package dev.restorestation.gui;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to the display and loads the look and feel and the window's classes on a spare core
 * while the command line, logging and settings start on the main thread. Loading and verifying
 * about a thousand classes was most of the second the EDT spent building the window; done here,
 * the EDT only runs their code. Creates no component and runs no class's static set-up, so the
 * EDT rule is kept.
 */
public final class WindowWarmUp {

    /** What the window loads before and while the bench is first shown, in the order it needs them. */
    private static final List<String> PACKAGES = List.of("javax/swing/", "javax/swing/border/", "javax/swing/event/",
            "javax/swing/plaf/", "javax/swing/plaf/basic/", "javax/swing/table/", "javax/swing/text/",
            "com/formdev/flatlaf/", "com/formdev/flatlaf/ui/", "com/formdev/flatlaf/icons/",
            "com/formdev/flatlaf/util/", "net/miginfocom/layout/", "net/miginfocom/swing/",
            "dev/restorestation/gui/", "dev/restorestation/gui/theme/", "dev/restorestation/gui/actions/",
            "dev/restorestation/gui/shell/", "dev/restorestation/gui/bench/");
    private static final Logger LOG = LoggerFactory.getLogger(WindowWarmUp.class);
    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static volatile boolean started;

    private WindowWarmUp() {
    }

    public static void start() {
        started = true;
        Thread thread = new Thread(WindowWarmUp::warm, "window-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits, off the EDT, until the warm-up is through or {@code limit} has passed; the window is
     * built right after, so its classes are ready. Returns at once if the warm-up never started.
     */
    public static void awaitWarm(Duration limit) {
        UiThread.requireBackground();
        if (!started) {
            return;
        }
        try {
            DONE.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void warm() {
        try {
            if (GraphicsEnvironment.isHeadless()) {
                return;
            }
            Toolkit.getDefaultToolkit();
            GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration();
            ClassLoader loader = WindowWarmUp.class.getClassLoader();
            for (String name : ClassNames.in(PACKAGES, loader)) {
                ClassNames.loadAndLink(name, loader);
            }
        } catch (AWTError | LinkageError e) {
            // a display that does not answer: StationWindow.displayProblem says so on the command line
            LOG.debug("no warm-up: {}", e.toString());
        } finally {
            DONE.countDown();
        }
    }
}
