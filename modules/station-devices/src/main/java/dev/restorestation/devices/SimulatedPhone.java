package dev.restorestation.devices;

import dev.restorestation.core.device.DeviceFacts;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.PortSpeed;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.text.Wording;
import dev.restorestation.devices.usb.AppleUsb;
import dev.restorestation.devices.usb.Udid;
import dev.restorestation.devices.usb.UsbSerial;
import dev.restorestation.devices.usb.UsbSighting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A phone on the simulated bench, and what the USB bus and usbmuxd would show of it: in DFU and
 * Recovery a serial string in the real format, in Normal and Restore a usbmuxd device with its
 * UDID. Every mode change re-enumerates it with a new USB address and usbmuxd id, as a real one does.
 *
 * @param model   null for a device the catalog does not know
 * @param problem null, or why its serial string cannot be read (as without the udev rule)
 * @param build   the build it runs once restored; null before
 * @param activationState what lockdownd says of its activation once restored; null before
 * @param speed   the speed of the port it is plugged into
 */
record SimulatedPhone(Slot slot, DeviceModel model, Ecid ecid, DeviceMode mode, Wording problem,
                      int address, int muxId, String build, String activationState, PortSpeed speed) {

    static final int RECOVERY_PRODUCT = 0x1281;
    static final int USBMUXD_PRODUCT = 0x12A8;

    int bus() {
        String path = slot.portPath();
        int dash = path.indexOf('-');
        try {
            return dash > 0 ? Integer.parseInt(path.substring(0, dash)) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    boolean onUsbmuxd() {
        return mode == DeviceMode.NORMAL || mode == DeviceMode.RESTORE || mode == DeviceMode.UNKNOWN;
    }

    int productId() {
        return switch (mode) {
            case DFU -> AppleUsb.DFU;
            case RECOVERY -> RECOVERY_PRODUCT;
            default -> USBMUXD_PRODUCT;
        };
    }

    /** The serial string a real device in this mode would give. */
    String serialString() {
        StringBuilder text = new StringBuilder();
        if (model != null) {
            text.append(String.format(Locale.ROOT, "CPID:%04X CPRV:11 CPFM:03 SCEP:01 BDID:%02X ",
                    model.chipId(), model.boardId()));
        }
        if (ecid != null) {
            text.append("ECID:").append(ecid.hex()).append(' ');
        }
        text.append("IBFL:3C ");
        text.append(mode == DeviceMode.DFU ? "SRTG:[iBoot-7195.0.0.300.25]" : "SRNM:[" + serialNumber() + "]");
        return text.toString();
    }

    /** Twelve characters like Apple's, the same for the same phone: from its ECID, else its port. */
    String serialNumber() {
        long seed = ecid != null ? ecid.value() : slot.portPath().hashCode();
        return "F" + Long.toString(Math.floorMod(seed, 36L * 36 * 36 * 36 * 36 * 36 * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase(Locale.ROOT);
    }

    /** {@code 0000<CPID>-<ECID>} since 2018, else forty hex digits that do not reveal the ECID. */
    String udid() {
        if (model != null && ecid != null && Udid.hasChipFormat(model.chipId())) {
            return Udid.of(model.chipId(), ecid);
        }
        try {
            String seed = (ecid == null ? slot.portPath() : ecid.hex());
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(seed.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    UsbSighting usbSighting() {
        if (onUsbmuxd()) {
            return new UsbSighting(slot.portPath(), bus(), address, productId(), null, null, speed);
        }
        UsbSerial serial = problem == null ? UsbSerial.parse(serialString()) : null;
        return new UsbSighting(slot.portPath(), bus(), address, productId(), serial, problem, speed);
    }

    SimulatedPhone reenumerated(DeviceMode newMode, int newAddress, int newMuxId) {
        return new SimulatedPhone(slot, model, ecid, newMode, problem, newAddress, newMuxId, build, activationState, speed);
    }

    SimulatedPhone running(String newBuild, String newActivationState) {
        return new SimulatedPhone(slot, model, ecid, mode, problem, address, muxId, newBuild, newActivationState, speed);
    }

    /** What lockdownd would answer without pairing; only in Normal mode. */
    DeviceFacts facts() throws IOException {
        if (mode != DeviceMode.NORMAL) {
            throw new IOException("the device in slot " + slot.label() + " is in " + mode.label() + " mode, not Normal");
        }
        return new DeviceFacts(model == null ? null : model.productType(), null, build, udid(), activationState);
    }
}
