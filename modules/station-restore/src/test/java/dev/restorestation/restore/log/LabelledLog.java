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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real failure log from a public report, with its header: the thread ({@code owner/repo#number}) and
 * its address, the category, the reason the thread gives, and, where judged, whether the log itself states
 * the cause the label names ({@code cause-in-log: yes|no}; null where not judged).
 */
record LabelledLog(String name, String source, ErrorCategory label, String reason, Boolean causeInLog, String log) {

    private static final Pattern SOURCE = Pattern.compile("([\\w.-]+/[\\w.-]+)#(\\d+)");

    static LabelledLog read(Path file) throws IOException {
        Map<String, String> header = new HashMap<>();
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
        Matcher thread = SOURCE.matcher(source);
        assertThat(thread.matches()).as(name + ": source owner/repo#number, was '" + source + "'").isTrue();
        assertThat(header.get("url")).as(name + ": url of the thread")
                .isEqualTo("https://github.com/" + thread.group(1) + "/issues/" + thread.group(2));
        assertThat(header.getOrDefault("reason", "")).as(name + ": reason").isNotBlank();
        assertThat(header).as(name + ": label").containsKey("label");
        assertThat(log.toString()).as(name + ": log").isNotBlank();
        String causeInLog = header.get("cause-in-log");
        assertThat(causeInLog).as(name + ": cause-in-log is yes or no").isIn(null, "yes", "no");
        return new LabelledLog(name, source, ErrorCategory.fromId(header.get("label")), header.get("reason"),
                causeInLog == null ? null : causeInLog.equals("yes"), log.toString());
    }

    /** Every {@code .log} in a folder of the test resources, by name. */
    static List<LabelledLog> folder(String resource) throws IOException, URISyntaxException {
        Path folder = Path.of(LabelledLog.class.getResource(resource).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<LabelledLog> logs = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                logs.add(read(file));
            }
            return logs;
        }
    }

    EngineVerdict verdict() {
        return EngineLogClassifier.classify(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)));
    }
}
