package dev.restorestation.core.settings;

/** The window's look: light, dark, or whatever the desktop uses. */
public enum Theme {
    LIGHT,
    DARK,
    SYSTEM
}
