package dev.restorestation.firmware.ipsw;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-1 and SHA-256 of one file, as lowercase hex. */
public record FileDigests(long size, String sha1, String sha256) {

    /** Feeds a {@link ChunkFanOut}: one instance per thread. */
    public static final class Running implements ChunkFanOut.ChunkConsumer {
        private final MessageDigest digest;

        public Running(String algorithm) {
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

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
