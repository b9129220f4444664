package dev.restorestation.devices.usb;

import dev.restorestation.core.device.Ecid;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UDID usbmuxd reports for a Normal or Restore mode device. Since 2018 (A12 and later, M-series,
 * S4 watches, the T2) it is {@code 0000<CPID>-<ECID as 16 hex digits>}, which links a Normal-mode
 * device to the same phone seen earlier in DFU or Recovery. Older devices have 40 hex digits that
 * tell nothing of the chip.
 */
public final class Udid {

    private static final Pattern CHIP_FORMAT = Pattern.compile("([0-9A-Fa-f]{8})-([0-9A-Fa-f]{16})");

    private Udid() {
    }

    /** The chip id and ECID inside a 2018-or-later UDID. */
    public record ChipAndEcid(int chipId, Ecid ecid) {
    }

    public static boolean hasChipFormat(int chipId) {
        return chipId >= 0x8020 && chipId < 0x8900
                || chipId == 0x8006 || chipId == 0x8012
                || chipId >= 0x6000 && chipId <= 0x6FFF;
    }

    public static String of(int chipId, Ecid ecid) {
        return String.format(Locale.ROOT, "%08X-%s", chipId, ecid.hex());
    }

    public static Optional<ChipAndEcid> parse(String udid) {
        if (udid == null) {
            return Optional.empty();
        }
        Matcher matcher = CHIP_FORMAT.matcher(udid.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int chipId = Integer.parseUnsignedInt(matcher.group(1), 16);
        if (!hasChipFormat(chipId)) {
            return Optional.empty();
        }
        return Optional.of(new ChipAndEcid(chipId, new Ecid(Long.parseUnsignedLong(matcher.group(2), 16))));
    }
}
