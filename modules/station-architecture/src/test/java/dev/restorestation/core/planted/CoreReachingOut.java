package dev.restorestation.core.planted;

import dev.restorestation.devices.DeviceCatalog;

/** A breach planted for the architecture tests: core depending outward on an adapter module. */
public final class CoreReachingOut {

    public int models() {
        return DeviceCatalog.bundled().models().size();
    }
}
