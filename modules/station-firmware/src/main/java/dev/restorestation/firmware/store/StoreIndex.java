package dev.restorestation.firmware.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The cache's readable index ({@code index.json}): one line per build. Every change is a
 * read-modify-write under the index lock, written to a temporary file, synced and renamed, so a
 * crash leaves either the old index or the new one.
 */
final class StoreIndex {

    record Contents(int version, List<CachedBuild> builds) {
        Contents {
            builds = List.copyOf(builds);
        }
    }

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new JavaTimeModule())
            .build();

    private final Path file;
    private final Path lock;

    StoreIndex(Path folder) {
        this.file = folder.resolve("index.json");
        this.lock = folder.resolve("index.lock");
    }

    List<CachedBuild> read() throws IOException {
        try (FileLocks.Held held = FileLocks.acquire(lock)) {
            return load();
        }
    }

    /** Applies {@code change} to the current list under the lock and stores the result. */
    List<CachedBuild> update(UnaryOperator<List<CachedBuild>> change) throws IOException {
        try (FileLocks.Held held = FileLocks.acquire(lock)) {
            List<CachedBuild> changed = List.copyOf(change.apply(new ArrayList<>(load())));
            store(changed);
            return changed;
        }
    }

    private List<CachedBuild> load() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return JSON.readValue(file.toFile(), Contents.class).builds();
        } catch (JsonProcessingException e) {
            throw new IOException("the firmware index " + file + " is damaged: " + e.getOriginalMessage());
        }
    }

    private void store(List<CachedBuild> builds) throws IOException {
        Path temporary = file.resolveSibling("index.json.tmp");
        Files.write(temporary, JSON.writeValueAsBytes(new Contents(1, builds)));
        DurableFiles.publish(temporary, file);
    }
}
