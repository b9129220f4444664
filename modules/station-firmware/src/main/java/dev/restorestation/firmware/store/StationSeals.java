package dev.restorestation.firmware.store;

import dev.restorestation.core.files.FileAccess;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The seals this station made after verifying cached files itself, kept in the station's own data
 * folder rather than in the shared cache folder: a seal anyone else wrote proves nothing here, so
 * a build another station verified is verified once more by this one before its first use. Also
 * remembers which local original each import came from, for re-imports without a re-hash.
 * Changes are read-modify-write under a lock, published by rename.
 */
final class StationSeals {

    /**
     * @param file       the cached file as verified here
     * @param source     the path of the imported original; empty for downloads
     * @param sourceSeal the original as it was then; null for downloads
     * @param facts      what this station's verification found in the content of that SHA-256
     */
    record Sealed(Seal file, String source, Seal sourceSeal, CachedBuild facts) {
    }

    record Contents(int version, Map<String, Sealed> seals) {
        Contents {
            seals = seals == null ? Map.of() : Map.copyOf(seals);
        }
    }

    private final Path file;
    private final Path lock;

    StationSeals(Path file) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.lock = this.file.resolveSibling(this.file.getFileName() + ".lock");
        FileAccess.OWNER_ONLY.folder(this.file.getParent());
    }

    /**
     * Whether this station verified {@code sha256} and the file is still exactly as it was then (a
     * link or special file in its place never is); false when unsure.
     */
    boolean holds(String sha256, Path cached) {
        try {
            Sealed sealed = read().get(sha256);
            return sealed != null && sealed.file() != null && sealed.facts() != null
                    && Files.isRegularFile(cached, LinkOption.NOFOLLOW_LINKS) && sealed.file().holds(cached);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What this station's own verifications found, by SHA-256. A name is its content's hash, so
     * these facts stay true of that name whatever the shared index says of it later.
     */
    Map<String, CachedBuild> facts() {
        try {
            Map<String, CachedBuild> facts = new HashMap<>();
            read().forEach((sha256, sealed) -> {
                if (sealed.facts() != null && sha256.equals(sealed.facts().sha256())) {
                    facts.put(sha256, sealed.facts());
                }
            });
            return facts;
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** The build imported from {@code source} when the original is still as it was. */
    Optional<String> importedFrom(String source, Seal original) throws IOException {
        return read().entrySet().stream()
                .filter(entry -> source.equals(entry.getValue().source()) && original.equals(entry.getValue().sourceSeal()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Records that this station verified the file as {@code file} says and found {@code facts}; keeps what it knew of its source. */
    void seal(Seal file, CachedBuild facts) throws IOException {
        change(seals -> {
            Sealed before = seals.get(facts.sha256());
            seals.put(facts.sha256(), before == null ? new Sealed(file, "", null, facts)
                    : new Sealed(file, before.source(), before.sourceSeal(), facts));
        });
    }

    void seal(Seal file, CachedBuild facts, String source, Seal sourceSeal) throws IOException {
        change(seals -> seals.put(facts.sha256(), new Sealed(file, source, sourceSeal, facts)));
    }

    void forget(String sha256) throws IOException {
        change(seals -> seals.remove(sha256));
    }

    private interface Change {
        void apply(Map<String, Sealed> seals);
    }

    private void change(Change change) throws IOException {
        try (FileLocks.Held held = FileLocks.acquire(lock)) {
            Map<String, Sealed> seals = new HashMap<>(load());
            change.apply(seals);
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            FileAccess.OWNER_ONLY.write(temporary, StoreIndex.JSON.writeValueAsBytes(new Contents(1, seals)));
            DurableFiles.publish(temporary, file);
        }
    }

    private Map<String, Sealed> read() throws IOException {
        try (FileLocks.Held held = FileLocks.acquire(lock)) {
            return load();
        }
    }

    private Map<String, Sealed> load() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        try {
            return StoreIndex.JSON.readValue(file.toFile(), Contents.class).seals();
        } catch (JsonProcessingException e) {
            // a damaged seal file costs a re-verification, never trust: start afresh
            return Map.of();
        }
    }
}
