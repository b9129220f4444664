package dev.restorestation.firmware;

/**
 * Text from a file others wrote, made safe for a terminal and a one-line message: control and
 * bidirectional-override characters become escapes, and very long text is cut.
 */
public final class Printable {

    private static final int MAX_LENGTH = 160;

    private Printable() {
    }

    /** Every control character escaped; nothing cut. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || isFormatting(c)) {
                out.append(c <= 0xFF ? String.format("\\x%02x", c) : String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** A name from a file, escaped and cut to a length a message can carry. */
    public static String name(String text) {
        String escaped = escape(text);
        return escaped.length() > MAX_LENGTH ? escaped.substring(0, MAX_LENGTH) + "…" : escaped;
    }

    /** Line and paragraph separators, and the marks that reorder text on screen. */
    private static boolean isFormatting(int c) {
        return c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
