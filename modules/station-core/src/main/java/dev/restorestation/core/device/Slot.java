package dev.restorestation.core.device;

import java.util.Objects;

/**
 * A numbered place on the bench. The key is the USB port path ({@code 1-2.4.3}), which stays the
 * same for a physical port across re-enumeration and mode changes; the label is what is printed
 * on the hub.
 */
public record Slot(String portPath, String label) implements Comparable<Slot> {

    public Slot {
        Objects.requireNonNull(portPath, "portPath");
        Objects.requireNonNull(label, "label");
    }

    /** Orders slots the way a technician counts them: by number when labels are numbers. */
    @Override
    public int compareTo(Slot other) {
        Integer a = number(label);
        Integer b = number(other.label);
        if (a != null && b != null) {
            return Integer.compare(a, b);
        }
        if (a != null) {
            return -1;
        }
        if (b != null) {
            return 1;
        }
        return label.compareTo(other.label);
    }

    private static Integer number(String label) {
        try {
            return Integer.valueOf(label);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
