package dev.restorestation.devices.usb;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.text.Wording;
import dev.restorestation.devices.text.DeviceTexts;
import java.util.Optional;

/** Apple's USB vendor id and what each product id means for the bench. */
public final class AppleUsb {

    public static final int VENDOR_ID = 0x05AC;
    public static final int DFU = 0x1227;
    public static final int WTF = 0x1222;
    public static final int PORT_DFU = 0xF014;
    public static final int RECOVERY_FIRST = 0x1280;
    public static final int RECOVERY_LAST = 0x1283;
    public static final int USBMUXD_FIRST = 0x1290;
    public static final int USBMUXD_LAST = 0x12AF;

    /** Where the udev rule that grants access lives, for the "details unavailable" hint. */
    public static final Wording UDEV_RULE_HINT = DeviceTexts.wording("problem.udevRule");

    private AppleUsb() {
    }

    /** DFU (including WTF and Port DFU) or Recovery: the modes whose serial string the station reads. */
    public static Optional<DeviceMode> modeOf(int productId) {
        if (productId == DFU || productId == WTF || productId == PORT_DFU) {
            return Optional.of(DeviceMode.DFU);
        }
        if (productId >= RECOVERY_FIRST && productId <= RECOVERY_LAST) {
            return Optional.of(DeviceMode.RECOVERY);
        }
        return Optional.empty();
    }

    /** Normal and Restore mode ids: usbmuxd's devices, never opened or claimed by the station. */
    public static boolean ownedByUsbmuxd(int productId) {
        return productId >= USBMUXD_FIRST && productId <= USBMUXD_LAST;
    }

    /** Whether the USB watcher reports this device at all. */
    public static boolean watched(int vendorId, int productId) {
        return vendorId == VENDOR_ID && (modeOf(productId).isPresent() || ownedByUsbmuxd(productId));
    }
}
