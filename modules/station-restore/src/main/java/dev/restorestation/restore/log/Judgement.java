package dev.restorestation.restore.log;

import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the findings of one log into a verdict. The strongest finding names the category; of equal
 * strength a cause wins over a symptom, then the earliest, since a cause is logged before its
 * consequences. Findings that agree with it are its evidence and raise the confidence; a strong finding
 * of another category lowers it. A verdict with only symptoms behind it stays a guess: its confidence
 * stays below one a technician would act on, unless the host and the device each saw the same failure.
 */
final class Judgement {

    static final int MAX_EVIDENCE = 5;
    static final int TELLING_LINES = 3;
    private static final Comparator<Finding> STRONGEST_FIRST = Comparator.comparingInt(Finding::priority).reversed()
            .thenComparing(Finding::symptom).thenComparingLong(Finding::line);
    /** A guess from symptoms; each stream (host, device) that saw one, and each further rule, adds a little. */
    private static final double SYMPTOMS_ONLY = 0.45;
    private static final double BOTH_STREAMS = 0.15;

    private Judgement() {
    }

    /** The verdict on {@code findings}; {@code unexplained} is the summary when there are none. */
    static EngineVerdict.Failure of(List<Finding> findings, Integer engineCode, String unexplained, List<Finding> lastLines) {
        List<Finding> ranked = findings.stream().sorted(STRONGEST_FIRST).toList();
        if (ranked.isEmpty() || !ranked.get(0).explains()) {
            return unknown(ranked, engineCode, unexplained, lastLines);
        }
        Finding best = ranked.get(0);
        List<Finding> agreeing = ranked.stream().filter(f -> f.category() == best.category()).toList();
        Finding coded = best.appleCode() != null || best.statusCode() != null ? best : agreeing.stream()
                .filter(f -> f.appleCode() != null || f.statusCode() != null).findFirst().orElse(best);
        Integer statusCode = coded.statusCode() == null ? engineCode : coded.statusCode();
        Diagnosis diagnosis = new Diagnosis(best.category(), coded.appleCode(), statusCode, best.summary());
        return new EngineVerdict.Failure(diagnosis, confidence(best, ranked), evidence(agreeing.stream()
                .filter(f -> f.priority() > Finding.GENERIC).limit(MAX_EVIDENCE).toList()));
    }

    private static EngineVerdict.Failure unknown(List<Finding> ranked, Integer engineCode, String unexplained, List<Finding> lastLines) {
        Finding best = ranked.isEmpty() ? null : ranked.get(0);
        String summary = best == null ? unexplained : best.summary();
        Integer statusCode = best != null && best.statusCode() != null ? best.statusCode() : engineCode;
        List<Finding> candidates = new ArrayList<>(ranked);
        for (int i = lastLines.size() - 1; i >= 0; i--) {
            candidates.add(lastLines.get(i));
        }
        List<Finding> telling = new ArrayList<>();
        for (Finding candidate : candidates) {
            if (telling.size() < TELLING_LINES && telling.stream().noneMatch(f -> f.line() == candidate.line())) {
                telling.add(candidate);
            }
        }
        double confidence = best == null ? 0.1 : 0.2;
        return new EngineVerdict.Failure(new Diagnosis(ErrorCategory.UNKNOWN, null, statusCode, summary), confidence, evidence(telling));
    }

    private static double confidence(Finding best, List<Finding> ranked) {
        List<Finding> agreeing = ranked.stream().filter(f -> f.category() == best.category()).toList();
        boolean guess = agreeing.stream().allMatch(Finding::symptom);
        double base = guess ? symptomsOnly(agreeing) : switch (best.priority()) {
            case Finding.SPECIFIC, Finding.DEVICE_STATUS_NAMED -> 0.9;
            case Finding.NETWORK_OR_HOST, Finding.FAILED_DURING_UPDATE -> 0.85;
            case Finding.ENGINE_STEP, Finding.NOT_FOUND -> 0.8;
            case Finding.DEVICE_OPERATION -> 0.7;
            default -> 0.6;
        };
        // one event the engine reports on three lines is one piece of evidence: count other rules, not other lines
        long seconds = agreeing.stream().filter(f -> f.line() != best.line())
                .map(Finding::rule).filter(rule -> !rule.equals(best.rule())).distinct().count();
        boolean contested = ranked.stream().anyMatch(f -> f.explains() && f.category() != best.category()
                && f.priority() >= Finding.ENGINE_STEP && f.priority() >= best.priority() - 10);
        double value = base + Math.min(seconds, 2) * (guess ? 0.02 : 0.04) - (contested ? 0.2 : 0);
        return Math.round(Math.max(0.05, Math.min(0.99, value)) * 100) / 100.0;
    }

    private static double symptomsOnly(List<Finding> agreeing) {
        boolean host = agreeing.stream().anyMatch(f -> f.kind() == Finding.Kind.HOST_SYMPTOM);
        boolean device = agreeing.stream().anyMatch(f -> f.kind() == Finding.Kind.DEVICE_SYMPTOM);
        return SYMPTOMS_ONLY + (host && device ? BOTH_STREAMS : 0);
    }

    /** One piece of evidence a line, the strongest reading of it, in log order. */
    private static List<Evidence> evidence(List<Finding> findings) {
        Map<Long, Finding> byLine = new TreeMap<>();
        findings.forEach(f -> byLine.putIfAbsent(f.line(), f));
        return byLine.values().stream().map(f -> new Evidence(f.line(), f.text(), f.rule())).toList();
    }
}
