package dev.restorestation.core.firmware;

import dev.restorestation.core.task.TaskContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Port: the firmware cache as the technician manages it: what is cached, what Apple offers,
 * downloads, imports, verification, removal and disk use. Every call blocks on files or the
 * network: never call one on the UI thread.
 */
public interface FirmwareLibrary {

    /** Every build the cache lists, quarantined ones included. */
    List<CachedFirmware> builds() throws IOException;

    /** How much the cache holds against its cap and the disk's free space. */
    CacheUsage usage() throws IOException;

    /** Every model the station knows, to choose one by name. */
    List<ModelName> models() throws IOException;

    /** The builds Apple offers for one product type, with signed status. */
    CatalogListing catalog(String productType, TaskContext context) throws IOException;

    /**
     * Downloads a build into the cache and verifies it, resuming a partial download when one was
     * kept; reports bytes, rate and time left through {@code context}. Cancelling keeps the
     * partial file, so a later fetch of the same build resumes it.
     */
    CachedFirmware fetch(String productType, String build, TaskContext context) throws IOException;

    /** Copies a local IPSW into the cache, verified in full first. */
    CachedFirmware importFile(Path ipsw, TaskContext context) throws IOException;

    /** Verifies a cached build in full; a file that fails is quarantined and the failure thrown. */
    CachedFirmware verify(String sha256, TaskContext context) throws IOException;

    /** Deletes a cached build; false when a running restore holds it and it was kept. */
    boolean remove(String sha256) throws IOException;
}
