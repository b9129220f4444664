package dev.restorestation.firmware.ipsw;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-1 and SHA-256 of one file, as lowercase hex. */
public record FileDigests(long size, String sha1, String sha256) {

    /** Feeds a {@link ChunkFanOut}: one instance per thread. */
    public static final class Running implements ChunkFanOut.ChunkConsumer {
        private final MessageDigest digest;

        public Running(String algorithm) {
            warmUp();
            digest = digest(algorithm);
        }

        @Override
        public void accept(long position, byte[] data, int length) {
            digest.update(data, 0, length);
        }

        public String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private static boolean warm;

    /**
     * Has the JIT compile SHA-1 and SHA-256 down to the processor's hash instructions with
     * thousands of one-block updates, a megabyte in all. Left alone it gets there only after the
     * first few hundred megabytes of a big file went through code a tenth as fast: half a second
     * of every verification. Once per process; callers that come while it runs wait for it.
     */
    public static synchronized void warmUp() {
        if (warm) {
            return;
        }
        byte[] block = new byte[64];
        for (String algorithm : List.of("SHA-1", "SHA-256")) {
            MessageDigest digest = digest(algorithm);
            for (int i = 0; i < 20_000; i++) {
                digest.update(block);
            }
            digest.digest();
        }
        warm = true;
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
