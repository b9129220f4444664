package dev.restorestation.restore.job;

import dev.restorestation.core.firmware.FirmwareBuild;
import dev.restorestation.core.firmware.FirmwareCache;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.task.TaskContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A firmware cache holding one verified build (iOS 16.7.10, 20H350, for the iPhone 8 family,
 * chip 0x8015) as a real file; it counts open leases so tests see that every job closed its own.
 */
final class MemoryFirmwareCache implements FirmwareCache {

    static final FirmwareBuild BUILD = new FirmwareBuild("20H350", "16.7.10", List.of("iPhone10,1", "iPhone10,4"));
    static final int CHIP = 0x8015;

    private final Path file;
    final AtomicInteger openLeases = new AtomicInteger();

    MemoryFirmwareCache(Path dir) throws IOException {
        file = Files.writeString(dir.resolve("iPhone10,1_16.7.10_20H350_Restore.ipsw"), "verified firmware");
    }

    @Override
    public FirmwareLease acquire(String productType, String build, TaskContext context) throws IOException {
        if (build != null && !build.equals(BUILD.build())) {
            throw new IOException("build " + build + " is not in the cache");
        }
        return lease();
    }

    @Override
    public FirmwareLease acquireFile(Path ipsw, TaskContext context) throws IOException {
        if (!Files.isRegularFile(ipsw)) {
            throw new IOException(ipsw + " does not exist");
        }
        return lease();
    }

    private FirmwareLease lease() {
        openLeases.incrementAndGet();
        return new FirmwareLease() {
            private boolean closed;

            @Override
            public FirmwareBuild build() {
                return BUILD;
            }

            @Override
            public Path file() {
                return file;
            }

            @Override
            public String sha1() {
                return digest(file.getFileName().toString());
            }

            @Override
            public boolean restores(int chipId, int boardId, RestoreKind kind) {
                return chipId == CHIP;
            }

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    openLeases.decrementAndGet();
                }
            }
        };
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
