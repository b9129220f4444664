package dev.restorestation.core.firmware;

/**
 * The cache's size against its cap.
 *
 * @param capBytes  the size limit; 0 for none
 * @param freeBytes free space on the disk that holds the cache
 * @param folder    where the cache is, for the technician
 */
public record CacheUsage(long usedBytes, long capBytes, long freeBytes, String folder) {

    public CacheUsage {
        if (usedBytes < 0 || capBytes < 0 || freeBytes < 0) {
            throw new IllegalArgumentException("negative size in cache usage");
        }
    }

    /** Used of the cap, 0 to 1 (or above when over the cap); 0 without a cap. */
    public double ofCap() {
        return capBytes == 0 ? 0 : usedBytes / (double) capBytes;
    }

    public boolean overCap() {
        return capBytes > 0 && usedBytes > capBytes;
    }
}
