package dev.restorestation.restore.log;

import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How the classifier did on a set of labelled logs: right, "unknown" (it declined to name a cause), or
 * wrong (it named another cause), with the confidence of each wrong answer, and which rules decided.
 */
final class Scorecard {

    /** A wrong answer at or above this confidence is one a technician would act on. */
    static final double CONFIDENT = 0.5;

    final Map<ErrorCategory, Map<ErrorCategory, Integer>> matrix = new EnumMap<>(ErrorCategory.class);
    final Set<String> right = new TreeSet<>();
    /** Right, but with a confidence below {@link #CONFIDENT}: the category is shown as a guess. */
    final Set<String> rightButUnsure = new TreeSet<>();
    final Set<String> declined = new TreeSet<>();
    final Map<String, Double> wrong = new TreeMap<>();
    final Map<String, Integer> logsPerRule = new TreeMap<>();
    final List<String> lines = new ArrayList<>();
    int total;

    static Scorecard of(List<LabelledLog> logs) {
        Scorecard card = new Scorecard();
        logs.forEach(card::score);
        return card;
    }

    private void score(LabelledLog log) {
        total++;
        EngineVerdict verdict = log.verdict();
        EngineVerdict.Failure failure = verdict instanceof EngineVerdict.Failure f ? f : null;
        ErrorCategory diagnosed = failure == null ? null : failure.diagnosis().category();
        ErrorCategory cell = diagnosed == null ? ErrorCategory.UNKNOWN : diagnosed;
        matrix.computeIfAbsent(log.label(), k -> new EnumMap<>(ErrorCategory.class)).merge(cell, 1, Integer::sum);
        if (failure != null && diagnosed != ErrorCategory.UNKNOWN) {
            failure.evidence().stream().map(Evidence::rule).distinct().forEach(rule -> logsPerRule.merge(rule, 1, Integer::sum));
        }
        double confidence = failure == null ? 1 : failure.confidence();
        String read = diagnosed == null ? "success" : diagnosed.id();
        if (diagnosed == log.label()) {
            right.add(log.name());
            if (confidence < CONFIDENT) {
                rightButUnsure.add(log.name());
            }
        } else if (diagnosed == ErrorCategory.UNKNOWN) {
            declined.add(log.name());
            lines.add(String.format("unknown: %s (%s): %s, confidence %.2f", log.name(), log.source(), log.label().id(), confidence));
        } else {
            wrong.put(log.name(), confidence);
            lines.add(String.format("wrong:   %s (%s): %s read as %s, confidence %.2f", log.name(), log.source(), log.label().id(), read,
                    confidence));
        }
    }

    long confidentlyWrong() {
        return wrong.values().stream().filter(c -> c >= CONFIDENT).count();
    }

    String report(String title) {
        return String.format("%s: %d/%d right (%d of them with confidence < %.1f), %d unknown, %d wrong (%d of them with confidence >= %.1f)"
                        + "%n%s%s%nrules that decided, and in how many logs: %s",
                title, right.size(), total, rightButUnsure.size(), CONFIDENT, declined.size(), wrong.size(), confidentlyWrong(), CONFIDENT,
                ConfusionMatrix.render(matrix), String.join("\n", lines), logsPerRule);
    }
}
