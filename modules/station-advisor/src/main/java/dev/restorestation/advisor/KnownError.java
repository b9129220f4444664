package dev.restorestation.advisor;

import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One knowledge-base entry: an Apple code (or range) or one of the engine's own failures.
 *
 * @param verified false when only one secondary source backs the entry
 * @param fixes    safe and cheap first, in the order a technician should try them
 */
public record KnownError(String id, ErrorCategory category, String meaning, boolean verified, List<String> causes,
                         List<KnowledgeFix> fixes, List<DeviceNote> deviceNotes) {

    public KnownError {
        causes = List.copyOf(causes);
        fixes = List.copyOf(fixes);
        deviceNotes = List.copyOf(deviceNotes);
    }

    /** The meaning, with the model's note when there is one. */
    public String meaningFor(String productType, Locale language) {
        StringBuilder text = new StringBuilder(meaning);
        if (!verified) {
            text.append(' ').append(AdvisorTexts.MESSAGES.text(language, "advice.singleSource"));
        }
        deviceNotes.stream().filter(n -> n.appliesTo(productType)).forEach(n -> text.append(' ').append(n.note()));
        return text.toString();
    }

    /** The fixes for this model: a model's own fixes go just before the first hardware fix. */
    public List<KnowledgeFix> fixesFor(String productType) {
        List<KnowledgeFix> extra = deviceNotes.stream()
                .filter(n -> n.appliesTo(productType))
                .flatMap(n -> n.fixes().stream())
                .filter(fix -> !fixes.contains(fix))
                .distinct()
                .toList();
        if (extra.isEmpty()) {
            return fixes;
        }
        List<KnowledgeFix> all = new ArrayList<>(fixes);
        int firstHardware = 0;
        while (firstHardware < all.size() && all.get(firstHardware).kind() != FixKind.HARDWARE) {
            firstHardware++;
        }
        all.addAll(firstHardware, extra);
        return List.copyOf(all);
    }
}
