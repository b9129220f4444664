package dev.restorestation.core.advice;

import java.time.Instant;
import java.util.List;

/** Port: slots (a cable or hub port) that lose USB more than the rest of the bench. Blocking. */
public interface SlotCheck {

    /** Slots to fix, worst first, judged on attempts started since {@code since}. */
    List<SlotWarning> troubledSlots(Instant since);
}
