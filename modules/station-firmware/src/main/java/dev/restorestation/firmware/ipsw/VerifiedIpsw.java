package dev.restorestation.firmware.ipsw;

import dev.restorestation.firmware.BuildManifest;

/** An IPSW whose structure, entry CRCs, manifest and component digests all checked out. */
public record VerifiedIpsw(BuildManifest manifest, FileDigests digests) {
}
