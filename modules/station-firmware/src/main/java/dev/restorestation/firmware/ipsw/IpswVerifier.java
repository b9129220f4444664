package dev.restorestation.firmware.ipsw;

import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.BuildManifest;
import dev.restorestation.firmware.ByteSize;
import dev.restorestation.firmware.InvalidFirmwareException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies an IPSW in full: ZIP/ZIP64 structure and end record, CRC-32 of every entry, the
 * BuildManifest, the digest of every plain-IM4P component, and SHA-1 + SHA-256 of the whole
 * file (one read, one core per hash).
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
            try (InputStream in = Files.newInputStream(file)) {
                return BuildManifest.read(in);
            }
        }
    }

    /** Everything, including SHA-1 and SHA-256 of the whole file. */
    public VerifiedIpsw verify(Path file, TaskContext context) throws IOException {
        return check(file, null, context);
    }

    /**
     * Everything but the whole-file hashes, which the caller already computed while the bytes
     * arrived (a download); they are taken as given.
     */
    public VerifiedIpsw verifyStructure(Path file, FileDigests knownDigests, TaskContext context) throws IOException {
        return check(file, knownDigests, context);
    }

    private VerifiedIpsw check(Path file, FileDigests known, TaskContext context) throws IOException {
        try (FileChannel channel = open(file)) {
            ZipDirectory directory = ZipDirectory.read(channel);
            BuildManifest manifest = manifest(channel, directory);
            List<ZipEntryRecord> stored = new ArrayList<>();
            for (ZipEntryRecord entry : directory.entries()) {
                if (entry.stored()) {
                    if (entry.size() != entry.compressedSize()) {
                        throw new InvalidFirmwareException("damaged IPSW: stored entry " + entry.name() + " has two sizes");
                    }
                    stored.add(entry);
                }
            }
            EntryChecksums checksums = new EntryChecksums(stored);
            FileDigests digests = known == null
                    ? streamWithHashes(channel, directory.fileSize(), checksums, context)
                    : streamChecksumsOnly(channel, directory.fileSize(), checksums, context, known);
            checksums.check();
            context.progress(Progress.of("checking compressed entries and component digests"));
            EntryContents.checkCompressed(channel, directory);
            EntryContents.checkComponents(channel, directory, manifest);
            return new VerifiedIpsw(manifest, digests);
        }
    }

    private static FileDigests streamWithHashes(FileChannel channel, long size, EntryChecksums checksums,
                                                TaskContext context) throws IOException {
        FileDigests.Running sha1 = new FileDigests.Running("SHA-1");
        FileDigests.Running sha256 = new FileDigests.Running("SHA-256");
        ChunkFanOut.ChunkConsumer sha256AndCrc = (position, data, length) -> {
            sha256.accept(position, data, length);
            checksums.accept(position, data, length);
        };
        try (ChunkFanOut fanOut = new ChunkFanOut("verify", List.of(sha1, sha256AndCrc))) {
            stream(channel, size, fanOut, context);
        }
        return new FileDigests(size, sha1.hex(), sha256.hex());
    }

    private static FileDigests streamChecksumsOnly(FileChannel channel, long size, EntryChecksums checksums,
                                                   TaskContext context, FileDigests known) throws IOException {
        try (ChunkFanOut fanOut = new ChunkFanOut("verify", List.of(checksums))) {
            stream(channel, size, fanOut, context);
        }
        return known;
    }

    private static void stream(FileChannel channel, long size, ChunkFanOut fanOut, TaskContext context)
            throws IOException {
        long position = 0;
        long reported = 0;
        while (position < size) {
            context.checkCancelled();
            byte[] buffer = fanOut.take();
            ByteBuffer target = ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, size - position));
            while (target.hasRemaining()) {
                if (channel.read(target, position + target.position()) < 0) {
                    throw new InvalidFirmwareException("truncated IPSW: the file shrank while it was being verified");
                }
            }
            fanOut.publish(buffer, target.position());
            position += target.position();
            if (position - reported >= PROGRESS_STEP || position == size) {
                reported = position;
                context.progress(new Progress((double) position / size,
                        "verifying " + ByteSize.format(position) + " of " + ByteSize.format(size)));
            }
        }
        fanOut.finish();
    }

    private static BuildManifest manifest(FileChannel channel, ZipDirectory directory) throws IOException {
        ZipEntryRecord entry = directory.entry(MANIFEST)
                .orElseThrow(() -> new InvalidFirmwareException("not an IPSW: the ZIP file has no " + MANIFEST));
        if (entry.size() > 64L << 20) {
            throw new InvalidFirmwareException("not an IPSW: " + MANIFEST + " is " + ByteSize.format(entry.size()));
        }
        try (InputStream in = EntryStream.open(channel, entry)) {
            return BuildManifest.read(in);
        }
    }

    private static FileChannel open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new InvalidFirmwareException(file + " is a folder, not an IPSW");
        }
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
    }
}
