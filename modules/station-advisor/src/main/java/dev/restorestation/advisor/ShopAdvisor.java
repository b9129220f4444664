package dev.restorestation.advisor;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Advisor;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.text.StationLanguage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Advice from the knowledge base, ordered by this shop's history ({@link FixRanking}), with the
 * device's slot put first when its cable or port is failing ({@link SlotHealth}) and software
 * fixes dropped once the device has failed often enough to be hardware ({@link Escalation}).
 * Its texts are in the station's language unless a language is asked for (JSON output asks for
 * English). Blocks on the history: call it off the UI thread.
 */
public final class ShopAdvisor implements Advisor {

    /** How far back slot health looks: long enough for a sample, short enough to see a new cable. */
    public static final Duration SLOT_WINDOW = Duration.ofDays(30);
    /** Slot health is judged again at most this often: a burst of failures asks the history once. */
    public static final Duration SLOT_RECHECK = Duration.ofMinutes(1);
    private static final String OTHER_SLOT = "other-slot";
    private static final String LAST_RESORT = "board-inspection";

    private final KnowledgeBase knowledge;
    private final ShopHistory history;
    private final Clock clock;
    private final AtomicReference<SlotVerdict> lastSlotVerdict = new AtomicReference<>();

    private record SlotVerdict(Instant judgedAt, List<SlotFinding> flagged) {
    }

    public ShopAdvisor(KnowledgeBase knowledge, ShopHistory history, Clock clock) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.history = Objects.requireNonNull(history, "history");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Advice advise(Diagnosis diagnosis, String productType, Ecid ecid) {
        return advise(diagnosis, productType, ecid, StationLanguage.current());
    }

    /** The advice with its meaning, fixes, evidence and escalation in {@code language}. */
    public Advice advise(Diagnosis diagnosis, String productType, Ecid ecid, Locale language) {
        KnowledgeBase knowledge = this.knowledge.in(language);
        Optional<KnownError> entry = knowledge.match(diagnosis);
        ErrorCategory category = entry.map(KnownError::category).orElse(diagnosis.category());
        CategoryAdvice generic = knowledge.category(category);
        String meaning = entry.map(e -> e.meaningFor(productType, language)).orElseGet(() -> unknownMeaning(diagnosis, generic, language));
        List<KnowledgeFix> fixes = entry.map(e -> e.fixesFor(productType)).orElse(generic.fixes());

        // the history holds the categories the restore diagnosed, which may differ from the knowledge base's
        ErrorCategory recorded = diagnosis.category();
        List<RestoreAttempt> attempts = ecid == null ? List.of() : history.attemptsForDevice(ecid);
        // a failing slot explains repeated USB failures better than the phone's hardware does
        Optional<SlotFinding> failingSlot = category == ErrorCategory.USB_CONNECTION ? failingSlot(attempts) : Optional.empty();
        String escalation = generic.escalates() && failingSlot.isEmpty() ? Escalation.check(attempts, recorded, language).orElse("") : "";
        if (!escalation.isEmpty()) {
            fixes = hardwareOnly(fixes, generic, knowledge);
        }
        List<Fix> ranked = FixRanking.rank(fixes, history.fixOutcomes(diagnosis.appleCode(), recorded, productType), language);
        if (failingSlot.isPresent()) {
            ranked = otherSlotFirst(ranked, failingSlot.get(), knowledge, language);
        }
        return new Advice(code(diagnosis, entry, knowledge), category, meaning, entry.isPresent() || isCategoryQuery(diagnosis),
                ranked, escalation);
    }

    private static String unknownMeaning(Diagnosis diagnosis, CategoryAdvice generic, Locale language) {
        if (isCategoryQuery(diagnosis)) {
            return generic.meaning();
        }
        return AdvisorTexts.MESSAGES.text(language, "advice.notInKnowledgeBase",
                generic.category().id(), generic.meaning());
    }

    /** A diagnosis with no code and no engine message asks for a category's general advice. */
    private static boolean isCategoryQuery(Diagnosis diagnosis) {
        return diagnosis.appleCode() == null && diagnosis.statusCode() == null && diagnosis.summary().isBlank();
    }

    /** Apple's number, else the engine status the entry was found by, else the entry, else the status or category. */
    private static String code(Diagnosis diagnosis, Optional<KnownError> entry, KnowledgeBase knowledge) {
        if (diagnosis.appleCode() != null) {
            return diagnosis.appleCode().toString();
        }
        Integer status = diagnosis.statusCode();
        if (entry.isPresent() && (status == null || !knowledge.engineStatus(status).equals(entry))) {
            return entry.get().id();
        }
        return status != null ? "status " + status : diagnosis.category().id();
    }

    private static List<KnowledgeFix> hardwareOnly(List<KnowledgeFix> fixes, CategoryAdvice generic, KnowledgeBase knowledge) {
        Set<KnowledgeFix> hardware = new LinkedHashSet<>();
        Stream.concat(fixes.stream(), generic.fixes().stream())
                .filter(fix -> fix.kind() == FixKind.HARDWARE)
                .forEach(hardware::add);
        if (hardware.isEmpty()) {
            knowledge.fix(LAST_RESORT).ifPresent(hardware::add);
        }
        return List.copyOf(hardware);
    }

    /** The slot of the device's latest attempt, when slot health flags it. */
    private Optional<SlotFinding> failingSlot(List<RestoreAttempt> attempts) {
        if (attempts.isEmpty() || attempts.get(attempts.size() - 1).slot() == null) {
            return Optional.empty();
        }
        String slot = attempts.get(attempts.size() - 1).slot();
        return flaggedSlots().stream().filter(f -> f.slot().equals(slot)).findFirst();
    }

    /** Puts "move to another slot" first, with the slot's numbers as its evidence. */
    private static List<Fix> otherSlotFirst(List<Fix> ranked, SlotFinding finding, KnowledgeBase knowledge, Locale language) {
        Optional<KnowledgeFix> otherSlot = knowledge.fix(OTHER_SLOT);
        if (otherSlot.isEmpty()) {
            return ranked;
        }
        List<Fix> reordered = new ArrayList<>();
        reordered.add(otherSlot.get().withEvidence(finding.describe(language)));
        ranked.stream().filter(fix -> !fix.id().equals(OTHER_SLOT)).forEach(reordered::add);
        return reordered;
    }

    private List<SlotFinding> flaggedSlots() {
        Instant now = clock.instant();
        SlotVerdict last = lastSlotVerdict.get();
        if (last == null || !now.isBefore(last.judgedAt().plus(SLOT_RECHECK)) || now.isBefore(last.judgedAt())) {
            last = new SlotVerdict(now, SlotHealth.flagged(history.slotRecords(now.minus(SLOT_WINDOW))));
            lastSlotVerdict.set(last);
        }
        return last.flagged();
    }
}
