package dev.restorestation.gui.bench;

import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.HubLayout;
import dev.restorestation.gui.Texts;
import java.util.Optional;

/**
 * What the station warns about a slot's place in the USB tree, in its own words: a few for the
 * tile, a sentence for the tooltip and the fixes panel. {@link HubLayout} decides when to warn.
 */
record PortWarning(String brief, String advice) {

    static Optional<PortWarning> of(HubLayout layout, DeviceSnapshot device) {
        return layout.warning(device).map(warning -> {
            String slot = device.slot().label();
            Optional<Integer> hubs = HubLayout.hubsDeep(device.slot().portPath());
            if (hubs.isPresent() && hubs.get() > layout.maxHubs()) {
                return new PortWarning(Texts.text("port.hubsDeep", hubs.get()),
                        Texts.text("port.hubsDeep.advice", slot, hubs.get()));
            }
            return new PortWarning(Texts.text("port.slow", device.portSpeed().shortLabel()),
                    Texts.text("port.slow.advice", slot, speed(device)));
        });
    }

    /** "USB 1.1 full speed (12 Mbit/s)" in the station's words. */
    static String speed(DeviceSnapshot device) {
        return Texts.text("speed." + device.portSpeed().name());
    }
}
