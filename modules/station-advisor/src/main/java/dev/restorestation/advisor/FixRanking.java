package dev.restorestation.advisor;

import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.history.FixOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Orders fixes by how often they worked in this shop, blended with the knowledge base's order.
 *
 * <p>Each fix starts from a Beta prior worth {@value #PRIOR_STRENGTH} pseudo-attempts whose mean
 * falls linearly with its place in the knowledge base, from {@value #FIRST_PRIOR} for the first
 * fix to {@value #LAST_PRIOR} for the last. Its score is the posterior mean
 * {@code (succeeded + strength × prior) / (applied + strength)}, so with no history the order is
 * the knowledge base's, and a fix that worked 7 of 9 times overtakes one that was never tried.
 * Ties keep the knowledge base's order. An erase never moves ahead of a data-keeping fix the
 * knowledge base lists before it: its score is capped at theirs.
 */
public final class FixRanking {

    public static final int PRIOR_STRENGTH = 4;
    public static final double FIRST_PRIOR = 0.6;
    public static final double LAST_PRIOR = 0.2;

    private FixRanking() {
    }

    private record Scored(KnowledgeFix fix, int place, double score, FixOutcome outcome) {
    }

    public static List<Fix> rank(List<KnowledgeFix> fixes, List<FixOutcome> outcomes, Locale language) {
        Map<String, FixOutcome> byId = outcomes.stream()
                .collect(Collectors.toMap(FixOutcome::fixId, Function.identity(), FixRanking::merge));
        List<Scored> scored = new ArrayList<>();
        double lowestSafeSoFar = Double.MAX_VALUE;
        for (int place = 0; place < fixes.size(); place++) {
            KnowledgeFix fix = fixes.get(place);
            FixOutcome outcome = byId.getOrDefault(fix.id(), new FixOutcome(fix.id(), 0, 0));
            double score = score(outcome, prior(place, fixes.size()));
            if (fix.destructive()) {
                score = Math.min(score, lowestSafeSoFar);
            } else {
                lowestSafeSoFar = Math.min(lowestSafeSoFar, score);
            }
            scored.add(new Scored(fix, place, score, outcome));
        }
        return scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::place))
                .map(s -> s.fix().withEvidence(evidence(s.outcome(), language)))
                .toList();
    }

    /** The prior mean for the fix at {@code place} of {@code count}. */
    static double prior(int place, int count) {
        if (count <= 1) {
            return FIRST_PRIOR;
        }
        return FIRST_PRIOR - (FIRST_PRIOR - LAST_PRIOR) * place / (count - 1);
    }

    static double score(FixOutcome outcome, double prior) {
        return (outcome.succeeded() + PRIOR_STRENGTH * prior) / (outcome.applied() + PRIOR_STRENGTH);
    }

    /** "worked 7 of 9 times here", or empty when the shop has never recorded the fix. */
    static String evidence(FixOutcome outcome, Locale language) {
        if (outcome.applied() == 0) {
            return "";
        }
        return AdvisorTexts.MESSAGES.text(language, "evidence.worked", outcome.succeeded(), outcome.applied());
    }

    private static FixOutcome merge(FixOutcome a, FixOutcome b) {
        return new FixOutcome(a.fixId(), a.applied() + b.applied(), a.succeeded() + b.succeeded());
    }
}
