package dev.restorestation.firmware.store;

/** Where a cached build stands, as {@code firmware list} shows it. */
public enum CacheState {
    /** Verified, and its seal still holds: ready to lease without a re-hash. */
    VERIFIED,
    /** The file changed since it was verified: the next use verifies it in full again. */
    CHANGED,
    /** Listed in the index but the file is gone. */
    MISSING,
    /** Failed verification; kept aside with the reason, never leased. */
    QUARANTINED
}
