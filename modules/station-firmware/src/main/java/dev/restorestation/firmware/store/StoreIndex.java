package dev.restorestation.firmware.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.restorestation.core.files.FileAccess;
import dev.restorestation.core.text.SizeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;

/**
 * The cache's readable index ({@code index.json}), shared by every station using the folder and
 * writable by anyone who can write the folder, so it is read as data: an entry whose SHA-256 is
 * not 64 lower-case hex digits (or SHA-1 not 40), or that lacks a field, is unusable, reported
 * once and left as it is, never acted upon. Paths and seals older versions stored are ignored.
 * Every change is a read-modify-write under the index lock, written to a temporary file, synced
 * and renamed, so a crash leaves either the old index or the new one.
 */
final class StoreIndex {

    /** What one read found: the usable builds and a line for each entry that is not. */
    record Contents(List<CachedBuild> builds, List<String> unusable) {
    }

    static final long MAX_BYTES = 16L << 20;
    private static final int VERSION = 2;
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new JavaTimeModule())
            .build();
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private record Loaded(List<CachedBuild> builds, List<JsonNode> unusableNodes, List<String> unusable) {
    }

    private final Path file;
    private final Path lock;

    StoreIndex(Path folder) {
        this.file = folder.resolve("index.json");
        this.lock = folder.resolve("index.lock");
    }

    Contents read() throws IOException {
        try (FileLocks.Held held = FileLocks.acquire(lock)) {
            Loaded loaded = load();
            return new Contents(loaded.builds(), loaded.unusable());
        }
    }

    /** Applies {@code change} to the usable builds under the lock and stores them; unusable entries stay as found. */
    List<CachedBuild> update(UnaryOperator<List<CachedBuild>> change) throws IOException {
        try (FileLocks.Held held = FileLocks.acquire(lock)) {
            Loaded loaded = load();
            List<CachedBuild> changed = List.copyOf(change.apply(new ArrayList<>(loaded.builds())));
            store(changed, loaded.unusableNodes());
            return changed;
        }
    }

    private Loaded load() throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Loaded(List.of(), List.of(), List.of());
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("the firmware index " + file + " is not a regular file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("the firmware index " + file + " is larger than " + SizeText.bytes(MAX_BYTES));
        }
        JsonNode contents;
        try {
            contents = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException("the firmware index " + file + " is damaged: " + e.getOriginalMessage());
        }
        if (contents.path("version").asInt(0) > VERSION) {
            throw new IOException("the firmware index " + file + " was written by a newer Restore Station (index version "
                    + contents.path("version").asInt() + "); update this station");
        }
        JsonNode builds = contents.path("builds");
        List<CachedBuild> usable = new ArrayList<>();
        List<JsonNode> unusableNodes = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        int position = 0;
        for (JsonNode node : builds) {
            position++;
            String problem = IndexEntries.problem(node);
            if (problem == null) {
                try {
                    usable.add(JSON.treeToValue(node, CachedBuild.class));
                    continue;
                } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                    problem = "it cannot be read";
                }
            }
            unusableNodes.add(node);
            unusable.add(report("index entry " + position + " (" + IndexEntries.name(node) + ") is unusable and ignored: "
                    + problem));
        }
        return new Loaded(usable, unusableNodes, unusable);
    }

    private String report(String line) {
        if (REPORTED.add(file + " " + line)) {
            LoggerFactory.getLogger(StoreIndex.class).warn("{}: {}", file, line);
        }
        return line;
    }

    private void store(List<CachedBuild> builds, List<JsonNode> unusable) throws IOException {
        ObjectNode contents = JSON.createObjectNode().put("version", VERSION);
        ArrayNode array = contents.putArray("builds");
        builds.forEach(build -> array.add(forOlderStations(JSON.valueToTree(build), build)));
        unusable.forEach(array::add);
        Path temporary = file.resolveSibling("index.json.tmp");
        FileAccess.inFolderOf(temporary).write(temporary, JSON.writeValueAsBytes(contents));
        DurableFiles.publish(temporary, file);
    }

    /**
     * Stations of the previous version sharing the folder need the path and a seal on each entry.
     * The path is the one derived from the hash; the seal never holds, so such a station verifies
     * the file in full before it uses it, as this one does for what it did not verify itself.
     */
    private static ObjectNode forOlderStations(ObjectNode entry, CachedBuild build) {
        entry.put("file", (build.inQuarantine() ? "quarantine/" : "files/") + build.sha256() + ".ipsw");
        entry.putObject("seal").put("size", -1).put("modifiedNanos", 0).put("changedNanos", 0)
                .put("fileKey", "verify again: sealed by each station for itself");
        return entry;
    }
}
