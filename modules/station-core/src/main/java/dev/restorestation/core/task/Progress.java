package dev.restorestation.core.task;

/** How far a background task has come: a fraction in 0..1 (or -1 when unknown) and a step in words. */
public record Progress(double fraction, String step) {

    public static final double UNKNOWN = -1;

    public Progress {
        if (fraction != UNKNOWN && (fraction < 0 || fraction > 1 || Double.isNaN(fraction))) {
            throw new IllegalArgumentException("progress fraction out of range: " + fraction);
        }
        step = step == null ? "" : step;
    }

    public static Progress of(String step) {
        return new Progress(UNKNOWN, step);
    }
}
