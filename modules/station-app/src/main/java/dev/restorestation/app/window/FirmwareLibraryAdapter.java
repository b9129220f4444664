package dev.restorestation.app.window;

import dev.restorestation.core.firmware.CacheUsage;
import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.core.firmware.CatalogBuild;
import dev.restorestation.core.firmware.CatalogListing;
import dev.restorestation.core.firmware.FirmwareLibrary;
import dev.restorestation.core.firmware.FirmwareState;
import dev.restorestation.core.firmware.ModelName;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import dev.restorestation.firmware.catalog.CatalogView;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.store.CachedBuild;
import dev.restorestation.firmware.store.FirmwareImport;
import dev.restorestation.firmware.store.FirmwareStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;

/** The window's view of the firmware cache, over station-firmware's store, catalog and downloader. */
public final class FirmwareLibraryAdapter implements FirmwareLibrary {

    private final StationFirmwareCache cache;
    private final FirmwareStore store;
    private final LongSupplier capBytes;

    /** @param capBytes the cache's size cap from the settings, read at each use; 0 for none */
    public FirmwareLibraryAdapter(StationFirmwareCache cache, LongSupplier capBytes) {
        this.cache = cache;
        this.store = cache.store();
        this.capBytes = capBytes;
    }

    @Override
    public List<CachedFirmware> builds() throws IOException {
        return store.builds().stream().map(this::shown).toList();
    }

    @Override
    public CacheUsage usage() throws IOException {
        long used = store.builds().stream().mapToLong(CachedBuild::size).sum();
        long free = Files.getFileStore(store.folder()).getUsableSpace();
        return new CacheUsage(used, capBytes.getAsLong(), free, store.folder().toString());
    }

    @Override
    public List<ModelName> models() {
        return DeviceCatalog.bundled().models().stream()
                .map(model -> new ModelName(model.productType(), model.name())).toList();
    }

    @Override
    public CatalogListing catalog(String productType, TaskContext context) throws IOException {
        CatalogView view = cache.catalog().builds(productType);
        List<CatalogBuild> builds = view.entries().stream()
                .map(entry -> new CatalogBuild(entry.build(), entry.version(), entry.size(), entry.signed(),
                        entry.releasedAt(), entry.conflict()))
                .toList();
        return new CatalogListing(view.productType(), builds, view.fetchedAt(), view.offline(), view.notesIn(StationLanguage.current()));
    }

    @Override
    public CachedFirmware fetch(String productType, String build, TaskContext context) throws IOException {
        return shown(cache.fetch(productType, build, context));
    }

    @Override
    public CachedFirmware importFile(Path ipsw, TaskContext context) throws IOException {
        return shown(new FirmwareImport(store, new IpswVerifier()).importFile(ipsw, null, null, context));
    }

    @Override
    public CachedFirmware verify(String sha256, TaskContext context) throws IOException {
        return shown(store.verify(entry(sha256), context));
    }

    @Override
    public boolean remove(String sha256) throws IOException {
        return store.remove(entry(sha256));
    }

    private CachedBuild entry(String sha256) throws IOException {
        return store.builds().stream()
                .filter(entry -> entry.sha256().equalsIgnoreCase(sha256))
                .findFirst()
                .orElseThrow(() -> new NoSuchFileException(sha256, null, "no longer in the firmware cache"));
    }

    private CachedFirmware shown(CachedBuild entry) {
        FirmwareState state = switch (store.state(entry)) {
            case VERIFIED -> FirmwareState.VERIFIED;
            case CHANGED -> FirmwareState.CHANGED;
            case MISSING -> FirmwareState.MISSING;
            case QUARANTINED -> FirmwareState.QUARANTINED;
        };
        return new CachedFirmware(entry.build(), entry.version(), entry.productTypes(), entry.size(), entry.sha1(),
                entry.sha256(), state, entry.verifiedAt(), entry.lastUsedAt(), entry.quarantineReason());
    }
}
