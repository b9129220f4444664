package dev.restorestation.firmware.download;

import dev.restorestation.firmware.ipsw.BlockCrcs;
import dev.restorestation.firmware.ipsw.FileDigests;

/** A complete download: its whole-file hashes and the CRCs of its blocks, both taken as the bytes arrived. */
public record Downloaded(FileDigests digests, BlockCrcs blocks) {
}
