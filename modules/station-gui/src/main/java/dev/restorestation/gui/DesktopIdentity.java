package dev.restorestation.gui;

import java.awt.Toolkit;
import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the station's windows to an X11 desktop (their WM_CLASS) after its desktop entry, so a dock
 * or task bar shows the station's name and icon. Left alone, AWT names them after the class at the
 * bottom of the thread that first touched the toolkit; here that is the warm-up thread, and docks
 * showed "java-lang-Thread". The name lives in a field of the JDK's X11 toolkit: the jar's manifest
 * and the installed launcher open its package; run any other way, the windows keep AWT's name.
 */
public final class DesktopIdentity {

    /** The desktop entry's file name, without ".desktop". */
    public static final String NAME = "restore-station";
    private static final Logger LOG = LoggerFactory.getLogger(DesktopIdentity.class);

    private DesktopIdentity() {
    }

    /** Call before the first window is shown; windows made before keep the name they have. */
    public static void claim() {
        Toolkit toolkit = Toolkit.getDefaultToolkit();
        if (!toolkit.getClass().getName().equals("sun.awt.X11.XToolkit")) {
            return;
        }
        try {
            Field name = toolkit.getClass().getDeclaredField("awtAppClassName");
            name.setAccessible(true);
            name.set(null, NAME);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("windows keep AWT's class name: {}", e.toString());
        }
    }
}
