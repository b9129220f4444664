package dev.restorestation.core.device;

import java.util.Optional;

/**
 * What a slot's place in the USB tree says about its odds: each hub between the computer and the
 * phone, and a port slower than USB 2.0, make a dropped link (errors 4013/4014) more likely.
 *
 * @param maxHubs how many hubs deep a slot may sit before it is warned about
 */
public record HubLayout(int maxHubs) {

    /** Two hubs: a bench hub plugged into a monitor's or a desk hub. */
    public static final int DEFAULT_MAX_HUBS = 2;

    public HubLayout {
        if (maxHubs < 0 || maxHubs > 7) {
            throw new IllegalArgumentException("the hubs a slot may sit behind must be 0 to 7, not " + maxHubs);
        }
    }

    /**
     * How many hubs sit between the computer's root hub and the device: the ports of a port path
     * ({@code 1-2.4.3}: ports 2, 4 and 3) less the device's own. Empty for a path that is no port path.
     */
    public static Optional<Integer> hubsDeep(String portPath) {
        int dash = portPath.indexOf('-');
        if (dash <= 0 || dash == portPath.length() - 1 || !portPath.substring(0, dash).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String[] ports = portPath.substring(dash + 1).split("\\.", -1);
        for (String port : ports) {
            if (port.isEmpty() || !port.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
        }
        return Optional.of(ports.length - 1);
    }

    /**
     * What a slot's place in the tree is warned with.
     *
     * @param brief  a few words for the tile ("3 hubs deep")
     * @param advice the sentence for the fixes panel: what is wrong and what to do
     */
    public record Warning(String brief, String advice) {
    }

    /** The warning for a device's slot, if its place in the tree deserves one. */
    public Optional<Warning> warning(DeviceSnapshot device) {
        String slot = "Slot " + device.slot().label();
        Optional<Integer> hubs = hubsDeep(device.slot().portPath());
        if (hubs.isPresent() && hubs.get() > maxHubs) {
            return Optional.of(new Warning(hubs.get() + " hubs deep", slot + " sits " + hubs.get()
                    + " hubs deep: expect 4013/4014 here; plug its hub nearer the computer"));
        }
        if (device.portSpeed().slow()) {
            return Optional.of(new Warning(device.portSpeed().shortLabel() + " port", slot + " runs at "
                    + device.portSpeed().label() + ": expect 4013/4014 here; use a USB 2.0 port or hub"));
        }
        return Optional.empty();
    }
}
