package dev.restorestation.firmware.store;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import dev.restorestation.core.files.FileAccess;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.core.text.Worded;
import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.Printable;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.ipsw.VerifiedIpsw;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cache folder: verified IPSWs under content-derived names ({@code files/<sha256>.ipsw},
 * {@code quarantine/<sha256>.ipsw}), the readable index, quarantine, leases and least-recently-used
 * eviction. Several station processes may share one folder; each keeps its own seals
 * ({@link StationSeals}) outside it, and every path is derived from a checked SHA-256, so what
 * others write in the folder can make this station verify again but never touch other files.
 */
public final class FirmwareStore {

    /** What an eviction did. */
    public record Eviction(List<CachedBuild> removed, List<CachedBuild> keptInUse, long bytesLeft) {
    }

    private final Path folder;
    private final IpswVerifier verifier;
    private final Clock clock;
    private final StoreIndex index;
    private final LeaseLocks leases;
    private final StationSeals seals;

    /** @param seals this station's own seal file, outside the (possibly shared) cache folder */
    public FirmwareStore(Path folder, Path seals, IpswVerifier verifier, Clock clock) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.verifier = verifier;
        this.clock = clock;
        if (!Files.isDirectory(this.folder)) {
            FileAccess.OWNER_ONLY.folder(this.folder);
        }
        FileAccess access = FileAccess.of(this.folder);
        for (String sub : List.of("files", "tmp", "quarantine", "leases", "locks", "partial", "catalogs")) {
            if (Files.isSymbolicLink(this.folder.resolve(sub))) {
                throw new IOException("the firmware cache's " + sub + " folder is a link (" + this.folder.resolve(sub)
                        + "); the cache keeps its own folders: link the whole firmware folder instead");
            }
            access.folder(this.folder.resolve(sub));
        }
        this.index = new StoreIndex(this.folder);
        this.leases = new LeaseLocks(this.folder.resolve("leases"));
        this.seals = new StationSeals(seals);
        TemporaryFile.tidy(this.folder.resolve("tmp"));
    }

    public Path folder() {
        return folder;
    }

    /** A fresh temporary file on the cache's own file system, so publishing is a rename. */
    public TemporaryFile temporaryFile(String hint) throws IOException {
        return TemporaryFile.create(folder.resolve("tmp"), hint);
    }

    public Path partialFolder() {
        return folder.resolve("partial");
    }

    public Path lockFile(String name) {
        return folder.resolve("locks").resolve(name + ".lock");
    }

    public Path catalogFolder() {
        return folder.resolve("catalogs");
    }

    /**
     * The cached builds, one per SHA-256. What the index says of a build this station verified
     * itself is replaced by what that verification found, so an edited index cannot relabel a file;
     * the rest stays as the index says until this station verifies it (state {@code CHANGED}).
     */
    public List<CachedBuild> builds() throws IOException {
        Map<String, CachedBuild> verifiedHere = seals.facts();
        Map<String, CachedBuild> bySha256 = new LinkedHashMap<>();
        for (CachedBuild entry : index.read().builds()) {
            CachedBuild facts = verifiedHere.get(entry.sha256());
            bySha256.putIfAbsent(entry.sha256(), withLastUse(facts == null ? entry : entry.withFactsOf(facts)));
        }
        return List.copyOf(bySha256.values());
    }

    /** A line for each index entry that cannot be used (bad hashes, missing fields): ignored, never acted upon. */
    public List<String> unusable() throws IOException {
        return index.read().unusable();
    }

    private CachedBuild withLastUse(CachedBuild entry) {
        return leases.lastUsed(entry.sha256())
                .filter(used -> used.isAfter(entry.lastUsedAt()))
                .map(entry::usedAt)
                .orElse(entry);
    }

    /** Where the file is: named by its SHA-256 (checked when the index was read), never by a stored path. */
    public Path fileOf(CachedBuild entry) {
        return folder.resolve(entry.inQuarantine() ? "quarantine" : "files").resolve(entry.sha256() + ".ipsw");
    }

    /** {@code VERIFIED} only while this station's own seal holds; a file sealed elsewhere is {@code CHANGED}. */
    public CacheState state(CachedBuild entry) {
        if (entry.inQuarantine()) {
            return CacheState.QUARANTINED;
        }
        Path file = fileOf(entry);
        if (!Files.exists(file)) {
            return CacheState.MISSING;
        }
        return seals.holds(entry.sha256(), file) ? CacheState.VERIFIED : CacheState.CHANGED;
    }

    /** A good (not quarantined) cached IPSW of {@code build} that supports {@code productType}. */
    public Optional<CachedBuild> find(String productType, String build) throws IOException {
        return builds().stream()
                .filter(entry -> !entry.inQuarantine() && entry.build().equalsIgnoreCase(build))
                .filter(entry -> productType == null || entry.productTypes().contains(productType))
                .findFirst();
    }

    public Optional<CachedBuild> findBySha1(String sha1) throws IOException {
        return builds().stream().filter(entry -> !entry.inQuarantine() && entry.sha1().equalsIgnoreCase(sha1)).findFirst();
    }

    /** The cached copy of a file imported before, if the original has not changed since. */
    public Optional<CachedBuild> findImported(Path original) throws IOException {
        Optional<String> sha256 = seals.importedFrom(original.toAbsolutePath().normalize().toString(), Seal.of(original));
        if (sha256.isEmpty()) {
            return Optional.empty();
        }
        return builds().stream().filter(entry -> !entry.inQuarantine() && entry.sha256().equals(sha256.get())).findFirst();
    }

    /**
     * Moves a verified temporary file into the cache under its content-derived name and records
     * it in the index. The same content published twice is kept once.
     */
    public CachedBuild publish(Path temporary, VerifiedIpsw verified, String source, Seal sourceSeal) throws IOException {
        String sha256 = verified.digests().sha256();
        Path target = folder.resolve("files").resolve(sha256 + ".ipsw");
        try (FileLocks.Held held = FileLocks.acquire(lockFile("publish-" + sha256))) {
            Optional<CachedBuild> existing = builds().stream()
                    .filter(entry -> entry.sha256().equals(sha256) && !entry.inQuarantine())
                    .filter(entry -> seals.holds(sha256, fileOf(entry)))
                    .findFirst();
            CachedBuild facts = facts(verified, source);
            if (existing.isPresent()) {
                Files.deleteIfExists(temporary);
                CachedBuild kept = existing.get().from(source).withFactsOf(facts);
                replace(kept);
                seals.seal(Seal.of(target), facts, source, sourceSeal);
                return kept;
            }
            DurableFiles.publish(temporary, target);
            replace(facts);
            seals.seal(Seal.of(target), facts, source, sourceSeal);
            return facts;
        }
    }

    /**
     * Leases a cached build: no re-hash while this station's seal holds; otherwise (changed, or
     * verified only by another station) a full verification first, and a file that fails it is
     * quarantined and never leased.
     */
    public FirmwareLease lease(CachedBuild entry, TaskContext context) throws IOException {
        if (entry.inQuarantine()) {
            throw new InvalidFirmwareException(wording("failure.quarantined", entry.build(), entry.quarantineReason()));
        }
        Path file = fileOf(entry);
        leases.hold(entry.sha256());
        try {
            CachedBuild current = entry;
            if (!seals.holds(entry.sha256(), file)) {
                current = verify(entry, context);
                if (!current.sameChoice(entry)) {
                    throw new InvalidFirmwareException("the shared index said " + describe(entry) + " but the file is "
                            + describe(current) + "; the index entry was corrected and the file not used");
                }
            }
            CachedBuild used = current.usedAt(clock.instant());
            leases.touch(entry.sha256(), used.lastUsedAt());
            return new StoreLease(used, file, () -> leases.release(entry.sha256()));
        } catch (IOException | RuntimeException e) {
            leases.release(entry.sha256());
            throw e;
        }
    }

    /**
     * Verifies a cached file in full, whatever its seal says. A good file is sealed again and its
     * index entry says what the verification found; a bad one (content no longer that of its name,
     * a link or a special file in its place) goes to quarantine.
     */
    public CachedBuild verify(CachedBuild entry, TaskContext context) throws IOException {
        Path file = fileOf(entry);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            replace(entry.quarantined("the file is missing"));
            throw new InvalidFirmwareException(wording("failure.missing", Printable.name(entry.build()), String.valueOf(file)));
        }
        Object problem = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? null
                : wording("failure.linkInPlace");
        if (problem == null) {
            try {
                Seal before = Seal.of(file);
                VerifiedIpsw verified = verifier.verify(file, context);
                if (verified.digests().sha256().equals(entry.sha256())) {
                    CachedBuild good = entry.withFactsOf(facts(verified, entry.source())).verified(clock.instant());
                    replace(good);
                    seals.seal(before, good);
                    return good;
                }
                problem = wording("failure.contentChanged", verified.digests().sha256());
            } catch (InvalidFirmwareException e) {
                problem = Worded.reasonOf(e);
            }
        }
        quarantine(entry, problem.toString());
        throw new InvalidFirmwareException(wording("failure.quarantinedNow", Printable.name(entry.build()), problem));
    }

    /** Moves a bad file aside with the reason beside it; it is never leased again. */
    public CachedBuild quarantine(CachedBuild entry, String reason) throws IOException {
        CachedBuild quarantined = entry.quarantined(reason);
        Path file = fileOf(entry);
        Path aside = fileOf(quarantined);
        if (!entry.inQuarantine() && Files.exists(file)) {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        }
        seals.forget(entry.sha256());
        writeReason(aside.resolveSibling(entry.sha256() + ".reason.txt"),
                entry.build() + " " + entry.version() + " quarantined " + clock.instant() + ": " + reason + "\n");
        replace(quarantined);
        return quarantined;
    }

    /** Moves a downloaded file that failed verification aside, with the reason; it never enters the index. */
    public Path quarantineDownload(Path file, String name, String reason) throws IOException {
        Path aside = folder.resolve("quarantine").resolve(name + ".ipsw");
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        writeReason(aside.resolveSibling(name + ".reason.txt"), "download quarantined " + clock.instant() + ": "
                + reason + "\n");
        return aside;
    }

    private static void writeReason(Path file, String reason) throws IOException {
        FileAccess.inFolderOf(file).write(file, reason.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Removes quarantined files, then least recently used builds, until the cache holds at most
     * {@code maxBytes}; a build leased by any station process is kept.
     */
    public Eviction evict(long maxBytes) throws IOException {
        List<CachedBuild> candidates = new ArrayList<>(builds());
        candidates.sort(Comparator.comparing((CachedBuild entry) -> !entry.inQuarantine())
                .thenComparing(CachedBuild::lastUsedAt));
        Map<String, Long> onDisk = new HashMap<>();
        for (CachedBuild entry : candidates) {
            onDisk.put(entry.sha256(), sizeOnDisk(entry));
        }
        long total = onDisk.values().stream().mapToLong(Long::longValue).sum();
        List<CachedBuild> removed = new ArrayList<>();
        List<CachedBuild> kept = new ArrayList<>();
        for (CachedBuild entry : candidates) {
            if (total <= maxBytes) {
                break;
            }
            if (remove(entry)) {
                removed.add(entry);
                total -= onDisk.get(entry.sha256());
            } else {
                kept.add(entry);
            }
        }
        return new Eviction(removed, kept, total);
    }

    /** What the file takes on disk, whatever the index says: eviction must not be steered by it. */
    private long sizeOnDisk(CachedBuild entry) {
        try {
            Path file = fileOf(entry);
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Deletes one build and its index entry; false, and nothing touched, while any process leases it. */
    public boolean remove(CachedBuild entry) throws IOException {
        return leases.removeIfUnused(entry.sha256(), () -> {
            Files.deleteIfExists(fileOf(entry));
            seals.forget(entry.sha256());
            index.update(list -> {
                list.removeIf(other -> other.sha256().equals(entry.sha256()));
                return list;
            });
        });
    }

    /** What verifying a file found: the manifest's build, models and identities, the file's size and hashes. */
    private CachedBuild facts(VerifiedIpsw verified, String source) {
        var manifest = verified.manifest();
        return new CachedBuild(manifest.build().build(), manifest.build().version(), manifest.build().productTypes(),
                manifest.identities(), verified.digests().size(), verified.digests().sha1(), verified.digests().sha256(),
                source, clock.instant(), clock.instant(), "");
    }

    private static String describe(CachedBuild entry) {
        return Printable.name(entry.build() + " (" + entry.version() + ", " + String.join(" ", entry.productTypes()) + ")");
    }

    private void replace(CachedBuild entry) throws IOException {
        index.update(list -> {
            list.removeIf(other -> other.sha256().equals(entry.sha256()));
            list.add(entry);
            return list;
        });
    }
}
