package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

/**
 * The one line an error becomes on stderr. Messages quote what was typed or read, so a pasted
 * 100 KB argument or a file's control characters must not flood or steer the terminal: control
 * characters are escaped and a long message keeps its head and tail.
 */
public final class ErrorLine {

    static final int LIMIT = 600;
    private static final int TAIL = 120;

    private ErrorLine() {
    }

    public static String of(String message) {
        StringBuilder line = new StringBuilder(Math.min(message.length(), LIMIT + 64));
        message.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r') {
                line.append(' ');
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                line.append(String.format("\\u%04x", c));
            } else {
                line.appendCodePoint(c);
            }
        });
        if (line.length() <= LIMIT) {
            return line.toString();
        }
        int left = line.length() - (LIMIT - TAIL) - TAIL;
        return line.substring(0, LIMIT - TAIL) + " " + text("errorLine.leftOut", left) + " "
                + line.substring(line.length() - TAIL);
    }
}
