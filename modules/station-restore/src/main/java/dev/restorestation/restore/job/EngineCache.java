package dev.restorestation.restore.job;

import dev.restorestation.core.files.FileAccess;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The engine's extraction cache ({@code -C}) inside the data directory, one folder per IPSW
 * (by its SHA-1). The engine reuses an extracted filesystem by size only and takes no lock, so the
 * first run of an IPSW extracts alone: the others wait until it got past extraction (a lock held
 * by this station and, through a lock file, by any other station process on the same folder).
 */
public final class EngineCache {

    private static final String EXTRACTED_MARKER = ".extracted";

    private final Path root;
    private final Map<String, Semaphore> inProcess = new ConcurrentHashMap<>();

    public EngineCache(Path root) {
        this.root = root;
    }

    /** The folder the engine gets with {@code -C} for this IPSW. */
    public Path folder(String sha1) {
        String name = sha1.toLowerCase(Locale.ROOT);
        if (!name.matches("[0-9a-f]{40}")) {
            throw new IllegalArgumentException("not a SHA-1: '" + sha1 + "'");
        }
        return root.resolve(name);
    }

    /**
     * Returns at once when this IPSW was extracted before; otherwise waits until no other run is
     * extracting it and returns an extraction this run now owns.
     */
    public Extraction claim(String sha1) throws IOException, InterruptedException {
        Path folder = FileAccess.OWNER_ONLY.folder(folder(sha1));
        if (Files.exists(folder.resolve(EXTRACTED_MARKER))) {
            return Extraction.NONE;
        }
        Semaphore local = inProcess.computeIfAbsent(folder.getFileName().toString(), key -> new Semaphore(1, true));
        local.acquire();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(root.resolve(folder.getFileName() + ".lock"),
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), FileAccess.OWNER_ONLY.newFile());
            FileLock lock = channel.lock();
            if (Files.exists(folder.resolve(EXTRACTED_MARKER))) {
                lock.release();
                channel.close();
                local.release();
                return Extraction.NONE;
            }
            return new Extraction(folder, channel, local);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.release();
            throw e;
        }
    }

    /** A run's hold on the first extraction of one IPSW. */
    public static final class Extraction implements AutoCloseable {

        static final Extraction NONE = new Extraction(null, null, null);

        private final Path folder;
        private final FileChannel channel;
        private final Semaphore local;
        private boolean released;

        private Extraction(Path folder, FileChannel channel, Semaphore local) {
            this.folder = folder;
            this.channel = channel;
            this.local = local;
        }

        /** Whether this run extracts (and the others wait for it). */
        public boolean owned() {
            return folder != null;
        }

        /**
         * The engine got past extraction: later runs reuse what it extracted. The engine wrote it
         * under the station's umask, so it is made owner-only here.
         */
        public synchronized void extracted() throws IOException {
            if (folder != null && !released) {
                Files.write(folder.resolve(EXTRACTED_MARKER), new byte[0]);
                FileAccess.OWNER_ONLY.applyToTree(folder);
                close();
            }
        }

        /** Lets the next run in, without marking the IPSW extracted unless {@link #extracted()} did. */
        @Override
        public synchronized void close() {
            if (folder == null || released) {
                return;
            }
            released = true;
            try {
                channel.close();
            } catch (IOException e) {
                // closing the channel releases the lock; a failure here leaves nothing to undo
            }
            local.release();
        }
    }
}
