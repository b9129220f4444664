package dev.restorestation.app.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.app.window.FirmwareLibraryAdapter;
import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.core.firmware.CatalogBuild;
import dev.restorestation.core.firmware.CatalogListing;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.firmware.FirmwareState;
import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's firmware port on the real cache, catalog and downloader, against a loopback mirror. */
class FirmwareLibraryAdapterTest {

    private static final long CAP = 1L << 30;

    @TempDir
    Path dir;

    private IpswServer server;
    private StationFirmwareCache cache;
    private FirmwareLibraryAdapter library;
    private Path published;
    private final Steps steps = new Steps();

    @BeforeEach
    void mirrorWithOneSignedAndOneOldBuild() throws IOException {
        server = new IpswServer();
        Path files = Files.createDirectories(dir.resolve("mirror"));
        published = Firmwares.ipsw(files, "23C71", "26.2.1", "iPhone15,2", 3_000_000);
        server.catalog("iPhone15,2", Firmwares.deviceJson("iPhone15,2", List.of(
                Firmwares.published("23C71", "26.2.1", server.publish(published), published, true, "2026-01-12T17:00:00Z"),
                Firmwares.unsigned("23B85", "26.1", "2025-11-03T17:00:00Z"))));
        cache = StationFirmwareCache.open(dir.resolve("firmware"), dir.resolve("firmware-seals.json"), server.mirror(), CAP);
        library = new FirmwareLibraryAdapter(cache, () -> CAP);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theCatalogListsEachBuildWithItsSignedStatusAndSaysWhatIsMissing() throws Exception {
        CatalogListing listing = library.catalog("iPhone15,2", steps);

        assertThat(listing.offline()).isFalse();
        assertThat(listing.builds()).extracting(CatalogBuild::build, CatalogBuild::version, CatalogBuild::signed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("23C71", "26.2.1", true),
                        org.assertj.core.groups.Tuple.tuple("23B85", "26.1", false));
        assertThat(listing.builds().get(0).size()).isEqualTo(Files.size(published));
        assertThat(listing.notes()).anySatisfy(note -> assertThat(note).contains("ipsw.me only"));
    }

    @Test
    void withTheMirrorDownTheLastGoodCatalogIsShownAsOffline() throws Exception {
        library.catalog("iPhone15,2", steps);
        server.close();

        CatalogListing offline = library.catalog("iPhone15,2", steps);

        assertThat(offline.offline()).isTrue();
        assertThat(offline.builds()).hasSize(2);
    }

    @Test
    void aFetchedBuildIsListedVerifiedAndCountsAgainstTheCap() throws Exception {
        CachedFirmware fetched = library.fetch("iPhone15,2", "23C71", steps);

        assertThat(fetched.state()).isEqualTo(FirmwareState.VERIFIED);
        assertThat(fetched.sha1()).isEqualTo(Firmwares.hash("SHA-1", published));
        assertThat(library.builds()).extracting(CachedFirmware::build, CachedFirmware::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("23C71", FirmwareState.VERIFIED));
        var usage = library.usage();
        assertThat(usage.usedBytes()).isEqualTo(Files.size(published));
        assertThat(usage.capBytes()).isEqualTo(CAP);
        assertThat(usage.freeBytes()).isPositive();
        assertThat(steps.seen).anySatisfy(step -> assertThat(step).startsWith("downloaded"));
    }

    @Test
    void anImportedFileChangedOnDiskIsCaughtByVerifyAndQuarantined() throws Exception {
        CachedFirmware imported = library.importFile(published, steps);
        assertThat(imported.state()).isEqualTo(FirmwareState.VERIFIED);
        assertThat(library.verify(imported.sha256(), steps).state()).isEqualTo(FirmwareState.VERIFIED);

        Path inCache = dir.resolve("firmware/files/" + imported.sha256() + ".ipsw");
        try (RandomAccessFile file = new RandomAccessFile(inCache.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int b = file.read();
            file.seek(file.length() / 2);
            file.write(b ^ 0x01);
        }
        assertThat(library.builds().get(0).state()).isEqualTo(FirmwareState.CHANGED);

        assertThatThrownBy(() -> library.verify(imported.sha256(), steps)).hasMessageContaining("quarantined");
        CachedFirmware after = library.builds().get(0);
        assertThat(after.state()).isEqualTo(FirmwareState.QUARANTINED);
        assertThat(after.problem()).isNotBlank();
    }

    @Test
    void aFileThatIsNotAnIpswIsRefusedAndTheCacheStaysEmpty() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.ipsw"), "not a zip at all");

        assertThatThrownBy(() -> library.importFile(notes, steps)).hasMessageStartingWith("not an IPSW").hasMessageNotContaining("\n");
        assertThat(library.builds()).isEmpty();
        assertThat(library.usage().usedBytes()).isZero();
    }

    @Test
    void deleteKeepsABuildARestoreHoldsAndRemovesItOnceReleased() throws Exception {
        CachedFirmware imported = library.importFile(published, steps);

        try (FirmwareLease lease = cache.acquireFile(published, steps)) {
            assertThat(library.remove(imported.sha256())).isFalse();
            assertThat(lease.file()).exists();
        }

        assertThat(library.remove(imported.sha256())).isTrue();
        assertThat(library.builds()).isEmpty();
    }

    @Test
    void aBuildNoLongerCachedIsNamedInTheError() {
        assertThatThrownBy(() -> library.verify("0".repeat(64), steps)).hasMessageContaining("no longer in the firmware cache");
    }

    /** Records the steps a task reports. */
    static final class Steps implements TaskContext {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void progress(Progress progress) {
            seen.add(progress.step());
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
