package dev.restorestation.core.settings;

/** Where the main window was and how big, so it opens the same way next time. */
public record WindowBounds(int x, int y, int width, int height, boolean maximized) {

    public static final WindowBounds DEFAULT = new WindowBounds(-1, -1, 1280, 800, false);

    /** True when no position was ever saved and the window should be centred. */
    public boolean unplaced() {
        return x < 0 && y < 0;
    }
}
