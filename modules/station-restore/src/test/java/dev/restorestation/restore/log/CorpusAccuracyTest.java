package dev.restorestation.restore.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.diagnosis.ErrorCategory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real failure logs from public bug reports, each with its source, its category and the reason
 * the thread gives. The classifier must put at least 95 % of them in the right category.
 */
class CorpusAccuracyTest {

    private static final double REQUIRED = 0.95;
    private static final Pattern SOURCE = Pattern.compile("[\\w.-]+/[\\w.-]+#\\d+");

    record Fixture(String name, String source, ErrorCategory label, String reason, String log) {

        static Fixture read(Path file) throws IOException {
            Map<String, String> header = new java.util.HashMap<>();
            StringBuilder log = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (log.isEmpty() && line.startsWith("## ") && line.indexOf(':') > 0) {
                    header.put(line.substring(3, line.indexOf(':')).strip(), line.substring(line.indexOf(':') + 1).strip());
                } else {
                    log.append(line).append('\n');
                }
            }
            String name = file.getFileName().toString();
            String source = header.getOrDefault("source", "");
            assertThat(source).as(name + ": source owner/repo#number").matches(SOURCE);
            assertThat(header.getOrDefault("reason", "")).as(name + ": reason").isNotBlank();
            assertThat(header).as(name + ": label").containsKey("label");
            return new Fixture(name, source, ErrorCategory.fromId(header.get("label")), header.get("reason"), log.toString());
        }

        EngineVerdict verdict() {
            return EngineLogClassifier.classify(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)));
        }
    }

    static List<Fixture> corpus() throws IOException, URISyntaxException {
        Path folder = Path.of(CorpusAccuracyTest.class.getResource("/engine-logs/corpus").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<Fixture> fixtures = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                fixtures.add(Fixture.read(file));
            }
            return fixtures;
        }
    }

    @Test
    void everyFixtureNamesItsSourceLabelAndReason() throws Exception {
        List<Fixture> corpus = corpus();

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
        assertThat(corpus.stream().map(Fixture::label).collect(Collectors.toSet()))
                .as("every category is covered").containsExactlyInAnyOrder(ErrorCategory.values());
    }

    @Test
    void atLeast95PercentInTheRightCategory() throws Exception {
        List<Fixture> corpus = corpus();
        Map<ErrorCategory, Map<ErrorCategory, Integer>> matrix = new EnumMap<>(ErrorCategory.class);
        List<String> misses = new ArrayList<>();
        Map<String, Integer> logsPerRule = new java.util.TreeMap<>();
        int right = 0;
        for (Fixture fixture : corpus) {
            EngineVerdict verdict = fixture.verdict();
            ErrorCategory diagnosed = verdict instanceof EngineVerdict.Failure failure ? failure.diagnosis().category() : null;
            if (verdict instanceof EngineVerdict.Failure failure && diagnosed != ErrorCategory.UNKNOWN) {
                failure.evidence().stream().map(Evidence::rule).distinct().forEach(rule -> logsPerRule.merge(rule, 1, Integer::sum));
            }
            ErrorCategory cell = diagnosed == null ? ErrorCategory.UNKNOWN : diagnosed;
            matrix.computeIfAbsent(fixture.label(), k -> new EnumMap<>(ErrorCategory.class)).merge(cell, 1, Integer::sum);
            if (diagnosed == fixture.label()) {
                right++;
            } else {
                misses.add(fixture.name() + " (" + fixture.source() + "): " + fixture.label().id() + " read as "
                        + (diagnosed == null ? "success" : diagnosed.id()));
            }
        }
        System.out.println(ConfusionMatrix.render(matrix));
        System.out.printf("corpus accuracy: %d/%d%n", right, corpus.size());
        System.out.println("rules that decided, and in how many logs: " + logsPerRule);
        misses.forEach(miss -> System.out.println("miss: " + miss));

        assertThat((double) right / corpus.size()).as(String.join("\n", misses)).isGreaterThanOrEqualTo(REQUIRED);
    }
}
