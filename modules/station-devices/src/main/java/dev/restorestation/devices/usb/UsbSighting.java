package dev.restorestation.devices.usb;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.PortSpeed;
import dev.restorestation.core.text.Wording;
import dev.restorestation.devices.usb.AppleUsb;
import dev.restorestation.devices.usb.UsbSerial;
import java.util.Optional;

/**
 * One Apple device on the USB bus as the USB watcher saw it. For DFU and Recovery devices the
 * serial string was read (unless {@code problem} says why not); Normal/Restore devices belong to
 * usbmuxd and are only noted, never opened, so their port can be matched to usbmuxd's LocationID.
 *
 * @param portPath  bus and port numbers, e.g. {@code 1-2.4.3}: the slot key
 * @param address   changes on every re-enumeration
 * @param serial    null for Normal/Restore devices and when it could not be read
 * @param problem   null, or why the serial string could not be read
 * @param speed     the speed libusb reports for the device's port
 */
public record UsbSighting(String portPath, int bus, int address, int productId, UsbSerial serial, Wording problem,
                          PortSpeed speed) {

    public UsbSighting {
        speed = speed == null ? PortSpeed.UNKNOWN : speed;
    }

    /** A sighting whose port speed is not known. */
    public UsbSighting(String portPath, int bus, int address, int productId, UsbSerial serial, Wording problem) {
        this(portPath, bus, address, productId, serial, problem, PortSpeed.UNKNOWN);
    }

    /** DFU or Recovery, from the product id; empty for the ids usbmuxd owns. */
    public Optional<DeviceMode> mode() {
        return AppleUsb.modeOf(productId);
    }

    public boolean ownedByUsbmuxd() {
        return AppleUsb.ownedByUsbmuxd(productId);
    }
}
