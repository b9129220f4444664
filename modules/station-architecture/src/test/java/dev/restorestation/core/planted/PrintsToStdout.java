package dev.restorestation.core.planted;

/** A planted breach: a port that prints instead of returning what it found. */
public final class PrintsToStdout {

    public void report(String finding) {
        System.out.println(finding);
    }
}
