package dev.restorestation.devices.usbmux;

/**
 * A device usbmuxd reports (always Normal or Restore mode; DFU and Recovery never appear there).
 *
 * @param deviceId        usbmuxd's handle, valid while the device stays attached
 * @param udid            the SerialNumber property
 * @param locationId      on Linux {@code (bus << 16) | address}; changes on re-enumeration
 * @param productId       USB product id (0x129x–0x12AF)
 * @param connectionType  {@code USB} or {@code Network}
 */
public record MuxDevice(int deviceId, String udid, long locationId, int productId, String connectionType) {

    public boolean onUsb() {
        return connectionType == null || "USB".equalsIgnoreCase(connectionType);
    }

    public int bus() {
        return (int) (locationId >>> 16) & 0xFFFF;
    }

    public int address() {
        return (int) (locationId & 0xFFFF);
    }
}
