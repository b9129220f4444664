package dev.restorestation.advisor;

/** Apple error codes from {@code from} to {@code to}, both included. */
record CodeRange(int from, int to) {

    CodeRange {
        if (from > to) {
            throw new IllegalArgumentException("code range " + from + "-" + to + " runs backwards");
        }
    }

    boolean contains(int code) {
        return code >= from && code <= to;
    }

    boolean overlaps(CodeRange other) {
        return from <= other.to && other.from <= to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
