package dev.restorestation.devices;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.devices.usb.UsbSerial;
import java.util.Locale;
import java.util.Optional;

/**
 * Which device a serial string belongs to: its ids, the catalog's model for (CPID, BDID), and the
 * mode the string implies. Fields the string did not carry are null; the name is never null.
 */
public record Identification(Integer chipId, Integer boardId, Ecid ecid, String productType,
                             String hardwareModel, String name, DeviceMode mode) {

    public static Identification of(UsbSerial serial, DeviceCatalog catalog) {
        DeviceMode mode = serial.impliedMode().orElse(null);
        Integer chip = serial.chipId();
        Integer board = serial.boardId();
        Optional<DeviceModel> model = chip != null && board != null ? catalog.find(chip, board) : Optional.empty();
        if (model.isPresent()) {
            DeviceModel found = model.get();
            return new Identification(chip, board, serial.ecid(), found.productType(), found.hardwareModel(),
                    found.name(), mode);
        }
        return new Identification(chip, board, serial.ecid(), null, null, unknownName(chip, board), mode);
    }

    private static String unknownName(Integer chip, Integer board) {
        if (chip == null) {
            return "Unknown Apple device (no CPID in its serial string)";
        }
        if (board == null) {
            return String.format(Locale.ROOT, "Unknown Apple device (CPID 0x%04X, no BDID)", chip);
        }
        return String.format(Locale.ROOT, "Unknown Apple device (CPID 0x%04X, BDID 0x%02X)", chip, board);
    }
}
