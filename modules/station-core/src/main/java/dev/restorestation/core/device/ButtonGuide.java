package dev.restorestation.core.device;

import java.util.List;
import java.util.Objects;

/**
 * How a technician's hands put one family of devices into DFU (and, where known, Recovery) mode:
 * the buttons in order with how long each is held, and where those steps were published.
 *
 * @param family   a stable id, e.g. {@code iphone-without-home-button}
 * @param name     the family in words, e.g. "iPhone X and later (no Home button)"
 * @param dfu      the way into DFU mode
 * @param recovery the way into Recovery mode; null when no published source was found for it
 */
public record ButtonGuide(String family, String name, Sequence dfu, Sequence recovery) {

    public ButtonGuide {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dfu, "dfu");
    }

    /**
     * Buttons in order, with the public page they come from.
     *
     * @param release the button let go of to end in DFU rather than Recovery (empty for Recovery)
     * @param keep    the button held on to the end (empty for Recovery)
     */
    public record Sequence(List<Step> steps, String source, String release, String keep) {

        public Sequence {
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("a button sequence needs at least one step");
            }
            Objects.requireNonNull(source, "source");
            release = release == null ? "" : release;
            keep = keep == null ? "" : keep;
        }

        /** How long the whole sequence takes, in seconds. */
        public int seconds() {
            return steps.stream().mapToInt(Step::seconds).sum();
        }
    }

    /**
     * One thing to do with the buttons, and for how long before the next.
     *
     * @param seconds 0 for "until the screen says so" (Recovery's last step), else the seconds to count down
     */
    public record Step(String action, int seconds) {

        public Step {
            Objects.requireNonNull(action, "action");
            if (seconds < 0) {
                throw new IllegalArgumentException("a step cannot last " + seconds + " s");
            }
        }
    }
}
