package dev.restorestation.gui.shell;

import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.gui.Texts;

/** The engine's state in the station's language: "idevicerestore 1.0.0", "idevicerestore not found". */
final class EngineText {

    private EngineText() {
    }

    static String of(EngineStatus status) {
        return switch (status.state()) {
            case AVAILABLE -> status.describe();
            case SIMULATED -> Texts.text("engine.simulated");
            case UNAVAILABLE -> Texts.text("engine.notFound", status.name());
            case UNKNOWN -> status.name() + " " + Texts.text("service.UNKNOWN");
        };
    }
}
