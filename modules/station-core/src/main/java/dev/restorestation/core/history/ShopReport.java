package dev.restorestation.core.history;

import dev.restorestation.core.restore.ErrorCategory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Port: the questions a shop manager asks of the history. Blocking: never on the UI thread. */
public interface ShopReport {

    /**
     * Failed attempts with this Apple error code, or with this category when {@code appleCode}
     * is null, oldest first.
     */
    List<RestoreAttempt> failures(Integer appleCode, ErrorCategory category);

    /** Attempts made in one slot (by its label), oldest first. */
    List<RestoreAttempt> inSlot(String slot);

    /** Per day in {@code zone}, attempts started since {@code since}, oldest day first. */
    List<DailyResult> resultsPerDay(Instant since, ZoneId zone);
}
