package dev.restorestation.core.device;

import java.util.Locale;

/** The chip's unique id: the one identity a device keeps in every mode. */
public record Ecid(long value) {

    /**
     * Reads an ECID as technicians and tools write it: {@code 0x1A2B…}, bare hex of 16 digits
     * (as in USB serial strings), or decimal.
     */
    public static Ecid parse(String text) {
        String s = text == null ? "" : text.strip();
        try {
            if (s.startsWith("0x") || s.startsWith("0X")) {
                return new Ecid(Long.parseUnsignedLong(s.substring(2), 16));
            }
            if (s.length() == 16 || s.chars().anyMatch(c -> Character.digit(c, 10) < 0)) {
                return new Ecid(Long.parseUnsignedLong(s, 16));
            }
            return new Ecid(Long.parseUnsignedLong(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an ECID: '" + text + "' (use hex like 0x1A2B3C4D5E6F78 or decimal)");
        }
    }

    /** Sixteen upper-case hex digits, as in a USB serial string. */
    public String hex() {
        return String.format(Locale.ROOT, "%016X", value);
    }

    /** The {@code 0x…} form idevicerestore takes with {@code -i}. */
    public String engineArgument() {
        return "0x" + Long.toHexString(value).toUpperCase(Locale.ROOT);
    }

    /** The last six digits, enough to tell tiles apart at a glance. */
    public String shortForm() {
        String hex = hex();
        return "…" + hex.substring(hex.length() - 6);
    }

    @Override
    public String toString() {
        return hex();
    }
}
