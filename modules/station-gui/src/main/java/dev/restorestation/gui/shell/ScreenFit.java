package dev.restorestation.gui.shell;

import java.awt.Rectangle;

/**
 * Where the window may go: never larger than the usable screen (a 1280×800 window at 2× is
 * 2560×1600), and never left beyond it (the saved place of a monitor that was unplugged).
 */
final class ScreenFit {

    private ScreenFit() {
    }

    /** {@code wanted} with an x or y below zero asks to be centred. */
    static Rectangle fit(Rectangle wanted, Rectangle usable) {
        int width = Math.min(wanted.width, usable.width);
        int height = Math.min(wanted.height, usable.height);
        boolean centred = wanted.x < 0 || wanted.y < 0 || !usable.intersects(wanted);
        int x = centred ? usable.x + (usable.width - width) / 2 : clamp(wanted.x, usable.x, usable.x + usable.width - width);
        int y = centred ? usable.y + (usable.height - height) / 2 : clamp(wanted.y, usable.y, usable.y + usable.height - height);
        return new Rectangle(x, y, width, height);
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(value, high));
    }
}
