package dev.restorestation.core.device;

/**
 * A chip id and board id pair (CPID, BDID): what a DFU or Recovery device tells in its USB serial
 * string, and the key of a build identity in an IPSW's BuildManifest.
 */
public record BoardId(int chipId, int boardId) {
}
