package dev.restorestation.firmware.cache;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import static dev.restorestation.firmware.text.FirmwareText.text;

import dev.restorestation.core.firmware.FirmwareCache;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.catalog.CatalogEntry;
import dev.restorestation.firmware.catalog.CatalogException;
import dev.restorestation.firmware.catalog.CatalogView;
import dev.restorestation.firmware.catalog.FirmwareCatalog;
import dev.restorestation.firmware.download.DownloadRequest;
import dev.restorestation.firmware.download.Downloaded;
import dev.restorestation.firmware.download.Downloader;
import dev.restorestation.firmware.download.SharedTransfers;
import dev.restorestation.firmware.ipsw.FileDigests;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.ipsw.VerifiedIpsw;
import dev.restorestation.firmware.store.CachedBuild;
import dev.restorestation.firmware.store.FirmwareImport;
import dev.restorestation.firmware.store.FirmwareStore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The station's firmware cache: what the restore side asks for by build (downloaded once,
 * verified, published) or by local file (imported and verified), always handed out as a lease on
 * a verified file. Keeps the cache under its size cap without touching files in use.
 */
public final class StationFirmwareCache implements FirmwareCache {

    private final FirmwareStore store;
    private final FirmwareCatalog catalog;
    private final Downloader downloader;
    private final IpswVerifier verifier;
    private final long capBytes;

    public StationFirmwareCache(FirmwareStore store, FirmwareCatalog catalog, Downloader downloader,
                                IpswVerifier verifier, long capBytes) {
        this.store = store;
        this.catalog = catalog;
        this.downloader = downloader;
        this.verifier = verifier;
        this.capBytes = capBytes;
    }

    /**
     * The cache in {@code folder} with the public catalogs, or a shop mirror.
     *
     * @param seals    this station's own seal file, outside {@code folder} (which other stations may share)
     * @param capBytes the size limit; 0 for none
     */
    public static StationFirmwareCache open(Path folder, Path seals, URI catalogMirror, long capBytes) throws IOException {
        IpswVerifier verifier = new IpswVerifier();
        FirmwareStore store = new FirmwareStore(folder, seals, verifier, Clock.systemUTC());
        var http = Downloader.httpClient();
        FirmwareCatalog catalog = FirmwareCatalog.open(http, catalogMirror, store.catalogFolder(), Clock.systemUTC());
        return new StationFirmwareCache(store, catalog, new Downloader(http, catalog.policy(), Downloader.Retries.DEFAULT),
                verifier, capBytes);
    }

    public FirmwareStore store() {
        return store;
    }

    public FirmwareCatalog catalog() {
        return catalog;
    }

    @Override
    public FirmwareLease acquire(String productType, String build, TaskContext context) throws IOException {
        CachedBuild entry = fetch(productType, build, context);
        FirmwareLease lease;
        try {
            lease = store.lease(entry, context);
        } catch (InvalidFirmwareException quarantined) {
            context.progress(Progress.of(text("download.again", quarantined.getLocalizedMessage())));
            lease = store.lease(fetch(productType, build, context), context);
        }
        keepUnderCap();
        return lease;
    }

    @Override
    public FirmwareLease acquireFile(Path ipsw, TaskContext context) throws IOException {
        CachedBuild entry = new FirmwareImport(store, verifier).importFile(ipsw, null, null, context);
        FirmwareLease lease = store.lease(entry, context);
        keepUnderCap();
        return lease;
    }

    /**
     * The cached IPSW of {@code build} (the newest signed one when null) for {@code productType},
     * downloaded first when the cache lacks it: once for every caller in every station process.
     */
    public CachedBuild fetch(String productType, String build, TaskContext context) throws IOException {
        if (build != null) {
            Optional<CachedBuild> cached = store.find(productType, build);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        CatalogView view = catalog.builds(productType);
        view.notesIn(StationLanguage.current()).forEach(note -> context.progress(Progress.of(note)));
        CatalogEntry entry = catalog.find(view, build).orElseThrow(() -> new CatalogException(build == null
                ? wording("failure.noSignedBuild", productType)
                : wording("failure.noBuild", build, productType)));
        if (!entry.conflict().isEmpty()) {
            throw new CatalogException(entry.conflict() + "; not downloading it");
        }
        // a URL the policy refuses is said now, not after waiting for another station's download lock
        catalog.policy().secure(entry.url());
        Optional<CachedBuild> cached = store.findBySha1(entry.sha1());
        if (cached.isPresent()) {
            return cached.get();
        }
        String key = entry.sha1();
        return SharedTransfers.once(key, store.lockFile("download-" + key),
                () -> store.findBySha1(key).isPresent() ? store.findBySha1(key).get() : download(entry, context),
                holder -> context.progress(Progress.of(text("download.waitingForOther", holder, entry.build()))));
    }

    private CachedBuild download(CatalogEntry entry, TaskContext context) throws IOException {
        String key = entry.sha1();
        Path folder = store.partialFolder();
        DownloadRequest request = new DownloadRequest(entry.url(), entry.size(), entry.sha1(), entry.sha256());
        Downloaded downloaded = downloader.download(request, folder, key, context,
                progress -> context.progress(new Progress(progress.fraction(), progress.describe())));
        FileDigests digests = downloaded.digests();
        Path complete = Downloader.partialFile(folder, key);
        VerifiedIpsw verified;
        try {
            verified = verifier.verifyStructure(complete, digests, downloaded.blocks(), context);
            if (!verified.manifest().build().build().equalsIgnoreCase(entry.build())
                    || !verified.manifest().build().supports(entry.productType())) {
                throw new InvalidFirmwareException(wording("failure.otherBuild", verified.manifest().build().build(),
                        String.valueOf(verified.manifest().build().productTypes()), entry.build(), entry.productType()));
            }
        } catch (InvalidFirmwareException e) {
            store.quarantineDownload(complete, digests.sha256(), e.getMessage());
            Downloader.forget(folder, key);
            throw e;
        }
        CachedBuild published = store.publish(complete, verified, entry.url().toString(), null);
        Downloader.forget(folder, key);
        return published;
    }

    private void keepUnderCap() throws IOException {
        if (capBytes > 0) {
            store.evict(capBytes);
        }
    }
}
