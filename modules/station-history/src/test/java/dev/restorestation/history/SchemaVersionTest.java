package dev.restorestation.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void theLatestSchemaNamedInCodeIsTheNewestMigrationShipped() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(
                HistoryDatabase.class.getResource("/dev/restorestation/history/migrations")).toURI());
        int newest;
        try (Stream<Path> files = Files.list(folder)) {
            newest = files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1)))
                    .max().orElseThrow();
        }
        assertThat(HistoryDatabase.LATEST_SCHEMA).isEqualTo(Integer.toString(newest));
    }
}
