package dev.restorestation.core.restore;

import java.util.Objects;

/**
 * What a restore engine reports while it runs, in the order it happened. Every line of output
 * arrives as a {@link LogLine}; the lines the station understands are followed by a structured event.
 */
public sealed interface EngineEvent {

    /** The engine is at {@code step}, {@code fraction} (0..1) of the way through it. */
    record StepProgress(RestoreStep step, double fraction) implements EngineEvent {
        public StepProgress {
            Objects.requireNonNull(step, "step");
            fraction = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        }
    }

    /** The device started an operation, e.g. {@code Updating baseband (19)}. */
    record DeviceOperation(String name, int code) implements EngineEvent {
        public DeviceOperation {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The device sent a status, e.g. {@code Status: Disk Failure}.
     *
     * @param code the status number when the text or line names one, else null (0 is success)
     */
    record StatusMessage(String text, Integer code) implements EngineEvent {
        public StatusMessage {
            Objects.requireNonNull(text, "text");
        }

        public boolean success() {
            return code != null && code == 0;
        }
    }

    /**
     * A restore checkpoint from the device log.
     *
     * @param name    the step name or id as logged
     * @param code    its result code, null when the line has none
     * @param domain  {@code AMRestoreErrorDomain}, {@code RamrodErrorDomain}…, null when the line has none
     * @param failure whether the checkpoint failed
     */
    record Checkpoint(String name, Integer code, String domain, boolean failure) implements EngineEvent {
        public Checkpoint {
            Objects.requireNonNull(name, "name");
        }
    }

    /** One line of output, without its level prefix or timestamp. */
    record LogLine(EngineLogLevel level, String text) implements EngineEvent {
        public LogLine {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The engine stopped; its process exit code as the operating system reports it. */
    record Finished(int exitCode) implements EngineEvent {
    }
}
