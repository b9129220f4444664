package dev.restorestation.firmware.ipsw;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import static dev.restorestation.firmware.text.FirmwareText.text;

import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.core.text.SizeText;
import dev.restorestation.firmware.BuildManifest;
import dev.restorestation.firmware.InvalidFirmwareException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Verifies an IPSW in full: ZIP/ZIP64 structure and end record, CRC-32 of every entry, the
 * BuildManifest, that every component it names is there with its digest, and SHA-1 + SHA-256 of
 * the whole file (one core per hash).
 */
public final class IpswVerifier {

    public static final String MANIFEST = "BuildManifest.plist";
    private static final long PROGRESS_STEP = 64L << 20;

    /** The manifest of an IPSW (or of a bare BuildManifest.plist), without verifying the rest. */
    public static BuildManifest readManifest(Path file) throws IOException {
        try (FileChannel channel = open(file)) {
            ByteBuffer head = ByteBuffer.allocate(6);
            channel.read(head, 0);
            String start = new String(head.array(), 0, head.position(), StandardCharsets.ISO_8859_1);
            boolean plist = start.startsWith("bplist") || start.startsWith("<?xml") || start.startsWith("<plist")
                    || file.getFileName().toString().endsWith(".plist");
            if (!plist || start.startsWith("PK")) {
                return manifest(channel, ZipDirectory.read(channel));
            }
            return BuildManifest.read(Channels.newInputStream(channel.position(0)));
        }
    }

    /** Everything, including SHA-1 and SHA-256 of the whole file. */
    public VerifiedIpsw verify(Path file, TaskContext context) throws IOException {
        return check(file, null, context);
    }

    /**
     * Everything, for a file whose hashes and block CRCs were taken while its bytes arrived (a
     * download): the hashes are taken as given, and the entries' CRCs are put together from the
     * blocks, so the file is not read again.
     */
    public VerifiedIpsw verifyStructure(Path file, FileDigests knownDigests, BlockCrcs blocks, TaskContext context)
            throws IOException {
        return check(file, new Known(knownDigests, blocks), context);
    }

    private record Known(FileDigests digests, BlockCrcs blocks) {
    }

    private VerifiedIpsw check(Path file, Known known, TaskContext context) throws IOException {
        try (FileChannel channel = open(file)) {
            ZipDirectory directory = ZipDirectory.read(channel);
            BuildManifest manifest = manifest(channel, directory);
            EntryContents.requireComponents(directory, manifest);
            List<ZipEntryRecord> stored = directory.entries().stream().filter(ZipEntryRecord::stored).toList();
            EntryChecksums checksums = new EntryChecksums(stored);
            FileDigests digests;
            if (known == null) {
                digests = hashBoth(channel, directory.fileSize(), checksums, context);
                checksums.check();
            } else {
                if (known.blocks().size() != directory.fileSize()) {
                    throw new IllegalArgumentException("block CRCs of " + known.blocks().size() + " bytes for a file of "
                            + directory.fileSize());
                }
                context.progress(Progress.of(text("verify.crc")));
                checksums.check(known.blocks(), channel);
                digests = known.digests();
            }
            context.progress(Progress.of(text("verify.components")));
            EntryContents.checkCompressed(channel, directory);
            EntryContents.checkComponents(channel, directory, manifest);
            return new VerifiedIpsw(manifest, digests);
        }
    }

    /**
     * SHA-256 on a thread of its own, SHA-1 and the entry checksums on this one (SHA-1 is the
     * faster hash, so the two sides take about as long): one core per hash, each reading the
     * file for itself, which costs less than handing one read's buffers between threads.
     */
    private static FileDigests hashBoth(FileChannel channel, long size, EntryChecksums checksums, TaskContext context)
            throws IOException {
        FileDigests.warmUp();
        MessageDigest sha1 = FileDigests.digest("SHA-1");
        MessageDigest sha256 = FileDigests.digest("SHA-256");
        AtomicBoolean stop = new AtomicBoolean();
        FutureTask<Void> sha256Pass = new FutureTask<>(() -> {
            FileWindows.walk(channel, size, (position, window) -> sha256.update(window), stop::get);
            return null;
        });
        Thread thread = new Thread(sha256Pass, "verify-sha256");
        thread.setDaemon(true);
        thread.start();
        try {
            walkWithProgress(channel, size, (position, window) -> {
                checksums.accept(position, window.duplicate());
                sha1.update(window);
            }, context);
            await(sha256Pass);
        } finally {
            stop.set(true);
        }
        HexFormat hex = HexFormat.of();
        return new FileDigests(size, hex.formatHex(sha1.digest()), hex.formatHex(sha256.digest()));
    }

    private static void await(FutureTask<Void> pass) throws IOException {
        try {
            pass.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void walkWithProgress(FileChannel channel, long size, FileWindows.WindowConsumer consumer,
                                         TaskContext context) throws IOException {
        FileWindows.walk(channel, size, (position, window) -> {
            long done = position + window.remaining();
            consumer.accept(position, window);
            if (done % PROGRESS_STEP == 0 || done == size) {
                context.progress(new Progress((double) done / size,
                        text("verify.progress", SizeText.shown(done), SizeText.shown(size))));
            }
        }, context::isCancelled);
        context.checkCancelled();
    }

    private static BuildManifest manifest(FileChannel channel, ZipDirectory directory) throws IOException {
        ZipEntryRecord entry = directory.entry(MANIFEST)
                .orElseThrow(() -> new InvalidFirmwareException(wording("failure.noManifest", MANIFEST)));
        if (entry.size() > BuildManifest.MAX_SIZE) {
            throw new InvalidFirmwareException("not an IPSW: " + MANIFEST + " is " + SizeText.bytes(entry.size()));
        }
        try (InputStream in = EntryStream.open(channel, entry)) {
            return BuildManifest.read(in);
        }
    }

    /** Only a regular file is opened: a FIFO or a device would block the read or never end. */
    private static FileChannel open(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (attributes.isDirectory()) {
            throw new InvalidFirmwareException(wording("failure.folder", String.valueOf(file)));
        }
        if (!attributes.isRegularFile()) {
            throw new InvalidFirmwareException(wording("failure.notRegular", String.valueOf(file)));
        }
        return FileChannel.open(file, StandardOpenOption.READ);
    }
}
