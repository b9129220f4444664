package dev.restorestation.restore.log;

import dev.restorestation.core.diagnosis.ErrorCategory;

/**
 * One thing a log line says about the failure: how strongly, which category, the codes it names,
 * words for the technician, and where it was found (line number, text, the rule that read it).
 */
record Finding(int priority, ErrorCategory category, Integer appleCode, Integer statusCode, String summary,
               String rule, long line, String text) {

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

    Finding at(long where, String lineText) {
        return new Finding(priority, category, appleCode, statusCode, summary, rule, where, lineText);
    }

    Finding withoutAppleCode() {
        return new Finding(priority, category, null, statusCode, summary, rule, line, text);
    }

    boolean explains() {
        return category != ErrorCategory.UNKNOWN;
    }
}
