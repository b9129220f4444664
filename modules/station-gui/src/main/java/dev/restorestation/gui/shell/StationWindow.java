package dev.restorestation.gui.shell;

import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.settings.WindowBounds;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.gui.DesktopIdentity;
import dev.restorestation.gui.EdtWatchdog;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiThread;
import dev.restorestation.gui.WindowServices;
import dev.restorestation.gui.WindowWarmUp;
import dev.restorestation.gui.shell.MainFrame;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.AWTError;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.time.Duration;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JOptionPane;

/** Opens the station window. The only entry point the application needs. */
public final class StationWindow {

    /** The window's classes are loaded by then even on a slow machine; past it the EDT loads the rest itself. */
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(3);

    private StationWindow() {
    }

    /**
     * Why no window can open here, if it cannot: no display named (DISPLAY unset, or a headless
     * runtime), or one named that does not answer. Asked before anything else starts.
     */
    public static Optional<String> displayProblem() {
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.of(Texts.text("window.noDisplay"));
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return Optional.empty();
        } catch (AWTError | LinkageError | RuntimeException e) {
            // LinkageError: the warm-up thread met the unreachable display first, and the class it was setting up failed
            return Optional.of(Texts.text("window.displayUnreachable", String.valueOf(System.getenv("DISPLAY"))));
        }
    }

    /**
     * Shows the window with the saved theme and size; returns at once. Settings are read by the
     * caller's thread, never the EDT.
     */
    public static void open(WindowServices services) {
        UiThread.requireBackground();
        StationSettings settings = services.settings().load();
        if (services.version().endsWith("-SNAPSHOT") || Boolean.getBoolean("station.edtWatchdog")) {
            EdtWatchdog.install();
        }
        // the look and feel is set up here, before any component exists, as FlatLaf documents it: on the
        // event thread it held it for a second on a slow machine
        DesktopIdentity.claim();
        StationTheme.install(settings.theme());
        // Swing's own words (a file chooser's buttons, an option pane's OK) in the station's language
        JComponent.setDefaultLocale(StationLanguage.current());
        WindowWarmUp.awaitWarm(WARM_UP_LIMIT);
        // four events, not one: between them the EDT handles what arrived, and none holds it as long
        EventQueue.invokeLater(() -> {
            MainFrame frame = new MainFrame(services, settings);
            EventQueue.invokeLater(() -> {
                frame.buildBench();
                EventQueue.invokeLater(() -> {
                    place(frame, settings.window());
                    frame.setVisible(true);
                    EventQueue.invokeLater(frame::start);
                });
            });
        });
    }

    /** Says, over whatever is open, why the station cannot go on, then runs {@code then}. */
    public static void showFatal(String message, Runnable then) {
        EventQueue.invokeLater(() -> {
            JOptionPane.showMessageDialog(null, message, Texts.text("window.fatal.title"), JOptionPane.ERROR_MESSAGE);
            then.run();
        });
    }

    private static void place(MainFrame frame, WindowBounds bounds) {
        Rectangle wanted = bounds.unplaced()
                ? new Rectangle(-1, -1, UIScale.scale(bounds.width()), UIScale.scale(bounds.height()))
                : new Rectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        frame.setBounds(ScreenFit.fit(wanted, GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds()));
        if (bounds.maximized()) {
            frame.setExtendedState(Frame.MAXIMIZED_BOTH);
        }
    }
}
