package dev.restorestation.firmware.store;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import static dev.restorestation.firmware.text.FirmwareText.text;

import dev.restorestation.core.files.FileAccess;
import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.ipsw.VerifiedIpsw;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Brings a local IPSW into the cache: copies it beside the cache, verifies the copy in full (so
 * what is kept is what was checked), compares the checksums the technician gave, publishes it.
 * A file imported before and unchanged since is found again without a re-hash. Imports of one
 * file run one at a time across threads and station processes, so jobs started together on the
 * same IPSW copy and hash it once, not once each.
 */
public final class FirmwareImport {

    private final FirmwareStore store;
    private final IpswVerifier verifier;

    public FirmwareImport(FirmwareStore store, IpswVerifier verifier) {
        this.store = store;
        this.verifier = verifier;
    }

    /**
     * @param sha1   the SHA-1 it must have, or null
     * @param sha256 the SHA-256 it must have, or null
     */
    public CachedBuild importFile(Path file, String sha1, String sha256, TaskContext context) throws IOException {
        String wantedSha1 = hex(sha1, 40, "--sha1");
        String wantedSha256 = hex(sha256, 64, "--sha256");
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidFirmwareException(wording("failure.notAFile", String.valueOf(file)));
        }
        try (FileLocks.Held held = importLock(file, context)) {
            var known = store.findImported(file);
            if (known.isPresent() && matches(known.get(), wantedSha1, wantedSha256)) {
                return known.get();
            }
            return copyAndVerify(file, wantedSha1, wantedSha256, context);
        }
    }

    private FileLocks.Held importLock(Path file, TaskContext context) throws IOException {
        String source = file.toAbsolutePath().normalize().toString();
        Path lockFile = store.lockFile("import-" + UUID.nameUUIDFromBytes(source.getBytes(StandardCharsets.UTF_8)));
        Optional<FileLocks.Held> free = FileLocks.tryAcquire(lockFile);
        if (free.isPresent()) {
            return free.get();
        }
        context.progress(Progress.of(text("import.waitingForOther", String.valueOf(file.getFileName()))));
        return FileLocks.acquire(lockFile);
    }

    private CachedBuild copyAndVerify(Path file, String wantedSha1, String wantedSha256, TaskContext context)
            throws IOException {
        IpswVerifier.readManifest(file);
        Seal original = Seal.of(file);
        try (TemporaryFile temporary = store.temporaryFile("import")) {
            context.progress(Progress.of(text("import.copying", String.valueOf(file.getFileName()))));
            Files.copy(file, temporary.path(), StandardCopyOption.REPLACE_EXISTING);
            FileAccess.inFolderOf(temporary.path()).apply(temporary.path());
            VerifiedIpsw verified = verifier.verify(temporary.path(), context);
            check("SHA-1", wantedSha1, verified.digests().sha1());
            check("SHA-256", wantedSha256, verified.digests().sha256());
            return store.publish(temporary.path(), verified, file.toAbsolutePath().normalize().toString(), original);
        }
    }

    private static boolean matches(CachedBuild entry, String sha1, String sha256) {
        return (sha1 == null || sha1.equals(entry.sha1())) && (sha256 == null || sha256.equals(entry.sha256()));
    }

    private static void check(String what, String wanted, String actual) {
        if (wanted != null && !wanted.equals(actual)) {
            throw new InvalidFirmwareException(wording("failure.importMismatch", what, actual, wanted));
        }
    }

    private static String hex(String value, int length, String option) {
        if (value == null) {
            return null;
        }
        String hex = value.strip().toLowerCase(Locale.ROOT);
        if (hex.length() != length || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException(option + " must be " + length + " hex digits, not '" + value + "'");
        }
        return hex;
    }
}
