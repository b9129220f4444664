package dev.restorestation.restore.log;

import dev.restorestation.core.diagnosis.ErrorCategory;

/**
 * One thing a log line says about the failure: how strongly, which category, the codes it names,
 * words for the technician, where it was found (line number, text, the rule that read it), and
 * whether it names a cause or only shows a step that failed.
 */
record Finding(int priority, ErrorCategory category, Integer appleCode, Integer statusCode, String summary,
               String rule, long line, String text, Kind kind) {

    /**
     * A cause names why the restore failed (a refused ticket, a missing library, a part the device names).
     * A symptom only shows that a step failed: the device did not come back, stopped answering, or a step
     * ended with a bare code. The same symptom follows many causes, so a verdict on symptoms alone is a guess.
     */
    enum Kind { CAUSE, HOST_SYMPTOM, DEVICE_SYMPTOM }

    /** A line that names its cause outright (a refused ticket, a named part that failed). */
    static final int SPECIFIC = 100;
    /** A status the device sends with a cause in it; its own restore log, when it says why, outranks it. */
    static final int DEVICE_STATUS_NAMED = 95;
    static final int NETWORK_OR_HOST = 90;
    /** The part the device was updating when the restore broke off: the link dropping is its consequence. */
    static final int FAILED_DURING_UPDATE = 85;
    /** An engine step that failed in a known way. */
    static final int ENGINE_STEP = 80;
    /** A failed attempt the device itself may retry. */
    static final int DEVICE_OPERATION = 70;
    static final int DEVICE_STATUS = 60;
    static final int NOT_FOUND = 40;
    static final int LINK_LOST = 30;
    /** "Unable to restore device" and the like: always a consequence. */
    static final int GENERIC = 20;
    static final int ANY_ERROR = 10;

    Finding(int priority, ErrorCategory category, Integer appleCode, Integer statusCode, String summary, String rule, long line,
            String text) {
        this(priority, category, appleCode, statusCode, summary, rule, line, text, Kind.CAUSE);
    }

    Finding at(long where, String lineText) {
        return new Finding(priority, category, appleCode, statusCode, summary, rule, where, lineText, kind);
    }

    Finding withoutAppleCode() {
        return new Finding(priority, category, null, statusCode, summary, rule, line, text, kind);
    }

    Finding as(Kind newKind) {
        return new Finding(priority, category, appleCode, statusCode, summary, rule, line, text, newKind);
    }

    boolean symptom() {
        return kind != Kind.CAUSE;
    }

    boolean explains() {
        return category != ErrorCategory.UNKNOWN;
    }
}
