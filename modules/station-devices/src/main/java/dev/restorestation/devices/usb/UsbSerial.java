package dev.restorestation.devices.usb;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.devices.usb.Udid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a DFU or Recovery device says in its USB serial string ({@code CPID:8120 CPRV:11 … ECID:…
 * SRTG:[iBoot-…]}) and its nonce string ({@code NONC:… SNON:…}). Every field is null when the
 * string did not carry it or carried it unreadable; a string cut short keeps what came before the cut.
 *
 * @param chipId         CPID
 * @param chipRevision   CPRV
 * @param chipFuseMode   CPFM: bit 0 security mode, bit 1 production
 * @param securityEpoch  SCEP
 * @param boardId        BDID
 * @param ecid           ECID
 * @param iBootFlags     IBFL: bit 2 Image4-aware
 * @param securityDomain SDOM
 * @param secureRomTag   SRTG: the SecureROM version, only in DFU
 * @param serialNumber   SRNM: the device serial number, only in Recovery
 * @param imei           IMEI, only in Recovery of cellular devices
 * @param pwned          PWND: the exploit that pwned this DFU device (e.g. checkm8)
 * @param apNonce        NONC
 * @param sepNonce       SNON
 */
public record UsbSerial(Integer chipId, Integer chipRevision, Integer chipFuseMode, Integer securityEpoch,
                        Integer boardId, Ecid ecid, Integer iBootFlags, Integer securityDomain,
                        String secureRomTag, String serialNumber, String imei, String pwned,
                        String apNonce, String sepNonce) {

    private static final UsbSerial NOTHING =
            new UsbSerial(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Hex values that always have this many digits; shorter at the very end of a string means it was cut. */
    private static final Map<String, Integer> WIDTHS = Map.of(
            "CPID", 4, "CPRV", 2, "CPFM", 2, "SCEP", 2, "BDID", 2, "ECID", 16, "IBFL", 2, "SDOM", 2);

    /** Reads a serial or nonce string; never fails, whatever the device (or the technician) typed. */
    public static UsbSerial parse(String text) {
        Map<String, String> values = pairs(text == null ? "" : text);
        return new UsbSerial(
                hex(values.get("CPID")), hex(values.get("CPRV")), hex(values.get("CPFM")), hex(values.get("SCEP")),
                hex(values.get("BDID")), ecid(values.get("ECID")), hex(values.get("IBFL")), hex(values.get("SDOM")),
                values.get("SRTG"), values.get("SRNM"), values.get("IMEI"), values.get("PWND"),
                hexText(values.get("NONC")), hexText(values.get("SNON")));
    }

    /** The serial string merged with the nonce string (descriptor index 1) of the same device. */
    public UsbSerial withNonces(UsbSerial nonces) {
        return new UsbSerial(chipId, chipRevision, chipFuseMode, securityEpoch, boardId, ecid, iBootFlags,
                securityDomain, secureRomTag, serialNumber, imei, pwned,
                nonces.apNonce != null ? nonces.apNonce : apNonce,
                nonces.sepNonce != null ? nonces.sepNonce : sepNonce);
    }

    public boolean isEmpty() {
        return equals(NOTHING);
    }

    /** DFU when the SecureROM speaks (SRTG or PWND), Recovery when iBoot does (SRNM or IMEI). */
    public Optional<DeviceMode> impliedMode() {
        if (secureRomTag != null || pwned != null) {
            return Optional.of(DeviceMode.DFU);
        }
        if (serialNumber != null || imei != null) {
            return Optional.of(DeviceMode.RECOVERY);
        }
        return Optional.empty();
    }

    public boolean securityMode() {
        return chipFuseMode != null && (chipFuseMode & 0b01) != 0;
    }

    public boolean production() {
        return chipFuseMode != null && (chipFuseMode & 0b10) != 0;
    }

    public boolean image4Aware() {
        return iBootFlags != null && (iBootFlags & 0b100) != 0;
    }

    /** The Normal-mode UDID of a 2018-or-later device, {@code 0000<CPID>-<ECID>}; empty for older chips. */
    public Optional<String> udid() {
        if (chipId == null || ecid == null || !Udid.hasChipFormat(chipId)) {
            return Optional.empty();
        }
        return Optional.of(Udid.of(chipId, ecid));
    }

    /**
     * {@code KEY:VALUE} pairs separated by spaces; a value in brackets runs to the closing bracket.
     * A value that the end of the string cut short is left out.
     */
    private static Map<String, String> pairs(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int colon = text.indexOf(':', i);
            int space = nextSpace(text, i);
            if (colon < 0 || colon > space) {
                i = space;
                continue;
            }
            String key = text.substring(i, colon).toUpperCase(Locale.ROOT);
            int start = colon + 1;
            if (start < n && text.charAt(start) == '[') {
                int close = text.indexOf(']', start);
                if (close < 0) {
                    return values;
                }
                values.putIfAbsent(key, text.substring(start + 1, close));
                i = close + 1;
                continue;
            }
            int end = nextSpace(text, start);
            String value = text.substring(start, end);
            boolean cut = end == n && value.length() < WIDTHS.getOrDefault(key, 0);
            if (!value.isEmpty() && !cut) {
                values.putIfAbsent(key, value);
            }
            i = end;
        }
        return values;
    }

    private static int nextSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    private static Integer hex(String typed) {
        String value = withoutHexPrefix(typed);
        if (value == null || value.length() > 8) {
            return null;
        }
        try {
            return Integer.parseUnsignedInt(value, 16);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Ecid ecid(String typed) {
        String value = withoutHexPrefix(typed);
        if (value == null || value.length() > 16) {
            return null;
        }
        try {
            return new Ecid(Long.parseUnsignedLong(value, 16));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A device never writes "0x", but a technician copying the station's own "CPID 0x8101" does. */
    private static String withoutHexPrefix(String value) {
        return value != null && value.length() > 2 && (value.startsWith("0x") || value.startsWith("0X")) ? value.substring(2) : value;
    }

    private static String hexText(String value) {
        return value != null && value.chars().allMatch(c -> Character.digit(c, 16) >= 0)
                ? value.toLowerCase(Locale.ROOT) : null;
    }
}
