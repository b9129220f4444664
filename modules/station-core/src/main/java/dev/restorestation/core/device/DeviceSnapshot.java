package dev.restorestation.core.device;

import dev.restorestation.core.text.Wording;
import java.util.Objects;
import java.util.Optional;

/**
 * What the station knows of one connected device at one moment. Immutable: the device layer
 * publishes a new snapshot for every change and the window renders it as it is.
 *
 * @param slot        where it is plugged in
 * @param mode        DFU, Recovery, Restore, Normal or Unknown
 * @param ecid        null when the device did not tell (Normal mode of an old device, no access)
 * @param udid        null in DFU/Recovery
 * @param serialNumber the device's serial number, told in Recovery mode (SRNM) and remembered
 *                     while the device stays on the bench; null when not known
 * @param productType e.g. {@code iPhone14,2}; null when unknown
 * @param name        marketing name, or a description of what is known
 * @param problem     null, or why details are missing (e.g. "install the udev rule"): English in JSON
 *                    and logs, the station's language in the window
 * @param board       chip and board id from the DFU/Recovery serial string, kept while the device
 *                    stays on the bench; null when not known
 * @param portSpeed   the speed of the USB port it is on
 */
public record DeviceSnapshot(Slot slot, DeviceMode mode, Ecid ecid, String udid, String serialNumber,
                             String productType, String name, Wording problem, BoardId board, PortSpeed portSpeed) {

    public DeviceSnapshot {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(portSpeed, "portSpeed");
    }

    /** A device whose port speed is not known. */
    public DeviceSnapshot(Slot slot, DeviceMode mode, Ecid ecid, String udid, String serialNumber,
                          String productType, String name, Wording problem, BoardId board) {
        this(slot, mode, ecid, udid, serialNumber, productType, name, problem, board, PortSpeed.UNKNOWN);
    }

    /** A device whose board is not known. */
    public DeviceSnapshot(Slot slot, DeviceMode mode, Ecid ecid, String udid, String serialNumber,
                          String productType, String name, Wording problem) {
        this(slot, mode, ecid, udid, serialNumber, productType, name, problem, null);
    }

    /** A device whose serial number and board are not known. */
    public DeviceSnapshot(Slot slot, DeviceMode mode, Ecid ecid, String udid, String productType, String name,
                          Wording problem) {
        this(slot, mode, ecid, udid, null, productType, name, problem, null);
    }

    public Optional<Ecid> optionalEcid() {
        return Optional.ofNullable(ecid);
    }

    public DeviceSnapshot withMode(DeviceMode newMode) {
        return new DeviceSnapshot(slot, newMode, ecid, udid, serialNumber, productType, name, problem, board, portSpeed);
    }
}
