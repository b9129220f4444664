package dev.restorestation.core.history;

import dev.restorestation.core.diagnosis.ErrorCategory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Port: the questions a shop manager asks of the history. Blocking: never on the UI thread. */
public interface ShopReport {

    /**
     * Failed attempts started since {@code since}, counted per error category; a category with
     * no failure is left out. Counted by the database, so a shop's years of history cost nothing.
     */
    Map<ErrorCategory, Integer> failuresPerCategory(Instant since);

    /** Attempts made in one slot (by its label), oldest first. */
    List<RestoreAttempt> inSlot(String slot);

    /** Per day in {@code zone}, attempts started since {@code since}, oldest day first. */
    List<DailyResult> resultsPerDay(Instant since, ZoneId zone);
}
