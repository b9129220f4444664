package dev.restorestation.firmware.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirmwareStoreTest {

    @TempDir
    Path dir;

    private final List<Progress> reports = new ArrayList<>();
    private final TaskContext context = TaskContext.reporting(reports::add);
    private final MovingClock clock = new MovingClock();
    private FirmwareStore store;
    private FirmwareImport importer;

    @BeforeEach
    void openStore() throws IOException {
        store = new FirmwareStore(dir.resolve("firmware"), dir.resolve("station").resolve("firmware-seals.json"), new IpswVerifier(), clock);
        importer = new FirmwareImport(store, new IpswVerifier());
    }

    static Path ipsw(Path dir, String build, long imageSize) throws IOException {
        return SyntheticIpsw.of(build, "26.2.1", "iPhone13,2").identity(0x8101, 0x0C, "d53gap")
                .im4p("Firmware/all_flash/iBoot.d53g.RELEASE.im4p", 50_000)
                .diskImage("090-" + build + ".dmg", imageSize)
                .write(dir.resolve(build + ".ipsw"));
    }

    @Test
    void anImportIsPublishedUnderItsContentNameAndListedInTheReadableIndex() throws Exception {
        Path original = ipsw(dir, "23C71", 3 << 20);

        CachedBuild entry = importer.importFile(original, null, null, context);

        assertThat(store.fileOf(entry)).hasFileName(entry.sha256() + ".ipsw").hasSameBinaryContentAs(original);
        assertThat(entry.build()).isEqualTo("23C71");
        assertThat(entry.source()).isEqualTo(original.toString());
        assertThat(store.state(entry)).isEqualTo(CacheState.VERIFIED);
        String index = Files.readString(store.folder().resolve("index.json"));
        assertThat(index).contains("\"build\" : \"23C71\"", "\"sha1\" : \"" + entry.sha1() + "\"");
        assertThat(listing(store.folder().resolve("tmp"))).isEmpty();
    }

    @Test
    void aSharedFolderGivesWhatTheStationCreatesToTheShopsGroupAndNobodyElse() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.setAttribute(shared, "unix:mode", 02770);
        FirmwareStore sharedStore = new FirmwareStore(shared, dir.resolve("station").resolve("firmware-seals.json"),
                new IpswVerifier(), clock);
        Path original = ipsw(dir, "23C71", 1 << 20);
        Files.setAttribute(original, "unix:mode", 0644);

        CachedBuild entry = new FirmwareImport(sharedStore, new IpswVerifier()).importFile(original, null, null, context);
        sharedStore.quarantine(entry, "checked by hand");

        try (var everything = Files.walk(shared)) {
            assertThat(everything).allSatisfy(path -> {
                int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
                assertThat(Integer.toOctalString(mode)).as(shared.relativize(path).toString())
                        .isEqualTo(Files.isDirectory(path) ? "2770" : "660");
            });
        }
    }

    @Test
    void importingTheSameUnchangedFileAgainCostsNoReHash() throws Exception {
        Path original = ipsw(dir, "23C71", 3 << 20);
        CachedBuild first = importer.importFile(original, null, null, context);
        reports.clear();

        CachedBuild again = importer.importFile(original, first.sha1(), null, context);

        assertThat(again).isEqualTo(first);
        assertThat(reports).isEmpty();
        assertThat(store.builds()).hasSize(1);
    }

    @Test
    void aWrongChecksumIsRefusedAndLeavesNothingBehind() throws Exception {
        Path original = ipsw(dir, "23C71", 1 << 20);

        assertThatThrownBy(() -> importer.importFile(original, "0".repeat(40), null, context))
                .isInstanceOf(InvalidFirmwareException.class)
                .hasMessageStartingWith("SHA-1 mismatch: the file has ");
        assertThatThrownBy(() -> importer.importFile(original, null, "zz", context))
                .hasMessage("--sha256 must be 64 hex digits, not 'zz'");
        assertThat(store.builds()).isEmpty();
        assertThat(listing(store.folder().resolve("tmp"))).isEmpty();
        assertThat(listing(store.folder().resolve("files"))).isEmpty();
    }

    @Test
    void badFilesAreRefusedWithNothingLeftBehind() throws Exception {
        Path html = Files.writeString(dir.resolve("error.ipsw"), "<html>404</html>".repeat(4));
        Path bare = SyntheticIpsw.of("1", "1", "iPhone1,1").withoutManifest().diskImage("a.dmg", 1000).write(dir.resolve("bare.ipsw"));

        assertThatThrownBy(() -> importer.importFile(html, null, null, context)).hasMessage("not an IPSW: not a ZIP file");
        assertThatThrownBy(() -> importer.importFile(bare, null, null, context))
                .hasMessage("not an IPSW: the ZIP file has no BuildManifest.plist");
        assertThatThrownBy(() -> importer.importFile(dir.resolve("nothing.ipsw"), null, null, context))
                .hasMessageContaining("nothing.ipsw: no such file");
        assertThat(store.builds()).isEmpty();
        assertThat(listing(store.folder().resolve("tmp"))).isEmpty();
    }

    @Test
    void aManifestWithoutIbssIsRefusedInTheStationsLanguageAndQuarantinedWithItsEnglishReason() throws Exception {
        Path noIbss = withoutIbss(SyntheticIpsw.of("23C71", "26.2.1", "iPhone13,2").identity(0x8101, 0x0C, "d53gap")
                .diskImage("090-23C71.dmg", 1 << 20)).write(dir.resolve("no-ibss.ipsw"));
        CachedBuild entry = importer.importFile(ipsw(dir, "23C71", 1 << 20), null, null, context);
        Files.copy(noIbss, store.fileOf(entry), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            StationLanguage.choose("es");
            Throwable refused = catchThrowable(() -> importer.importFile(noIbss, null, null, context));
            Throwable caught = catchThrowable(() -> store.lease(entry, context));

            assertThat(refused).hasMessage("BuildManifest.plist lacks BuildIdentities[0].Manifest.iBSS");
            assertThat(refused.getLocalizedMessage()).isEqualTo("a BuildManifest.plist le falta BuildIdentities[0].Manifest.iBSS");
            assertThat(caught).hasMessage("cached 23C71 failed verification and was quarantined:"
                    + " BuildManifest.plist lacks BuildIdentities[0].Manifest.iBSS");
            assertThat(caught.getLocalizedMessage()).endsWith(": a BuildManifest.plist le falta BuildIdentities[0].Manifest.iBSS");
            assertThat(Files.readString(store.folder().resolve("quarantine").resolve(entry.sha256() + ".reason.txt"),
                    StandardCharsets.UTF_8)).endsWith(": BuildManifest.plist lacks BuildIdentities[0].Manifest.iBSS\n");
            assertThat(store.builds().get(0).quarantineReason()).isEqualTo("BuildManifest.plist lacks BuildIdentities[0].Manifest.iBSS");
        } finally {
            StationLanguage.choose("");
        }
    }

    /** {@code ipsw} whose only build identity names no iBSS. */
    static SyntheticIpsw withoutIbss(SyntheticIpsw ipsw) throws Exception {
        NSDictionary manifest = (NSDictionary) PropertyListParser.parse(ipsw.manifest().getBytes(StandardCharsets.UTF_8));
        NSDictionary identity = (NSDictionary) ((NSArray) manifest.get("BuildIdentities")).objectAtIndex(0);
        ((NSDictionary) identity.get("Manifest")).remove("iBSS");
        return ipsw.manifestBytes(manifest.toXMLPropertyList().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSealedFileIsLeasedWithoutReHashing() throws Exception {
        CachedBuild entry = importer.importFile(ipsw(dir, "23C71", 3 << 20), null, null, context);
        reports.clear();
        clock.advance(Duration.ofHours(1));

        try (FirmwareLease lease = store.lease(entry, context)) {
            assertThat(lease.file()).isEqualTo(store.fileOf(entry));
            assertThat(lease.sha1()).isEqualTo(entry.sha1());
            assertThat(lease.restores(0x8101, 0x0C, RestoreKind.ERASE)).isTrue();
            assertThat(lease.restores(0x8101, 0x0D, RestoreKind.ERASE)).isFalse();
        }
        assertThat(reports).isEmpty();
        assertThat(store.builds().get(0).lastUsedAt()).isEqualTo(entry.lastUsedAt().plus(Duration.ofHours(1)));
    }

    @Test
    void aCachedFileFlippedByOneBitIsCaughtBeforeUseAndQuarantined() throws Exception {
        CachedBuild entry = importer.importFile(ipsw(dir, "23C71", 3 << 20), null, null, context);
        Path file = store.fileOf(entry);
        FileTime sealedTime = Files.getLastModifiedTime(file);
        flipBit(file, Files.size(file) / 2);
        Files.setLastModifiedTime(file, sealedTime);

        assertThat(store.state(entry)).isEqualTo(CacheState.CHANGED);
        Throwable caught = catchThrowable(() -> store.lease(entry, context));
        assertThat(caught).isInstanceOf(InvalidFirmwareException.class)
                .hasMessageStartingWith("cached 23C71 failed verification and was quarantined: damaged IPSW: CRC-32 of 090-23C71.dmg");
        assertThat(file).doesNotExist();
        CachedBuild quarantined = store.builds().get(0);
        assertThat(store.state(quarantined)).isEqualTo(CacheState.QUARANTINED);
        assertThat(store.fileOf(quarantined)).exists().hasParent(store.folder().resolve("quarantine"));
        assertThat(Files.readString(store.folder().resolve("quarantine").resolve(entry.sha256() + ".reason.txt"),
                StandardCharsets.UTF_8)).contains("CRC-32 of 090-23C71.dmg");
        assertThat(store.find("iPhone13,2", "23C71")).isEmpty();
        Throwable refused = catchThrowable(() -> store.lease(quarantined, context));
        assertThat(refused).hasMessageStartingWith("23C71 is quarantined: damaged IPSW: CRC-32 of 090-23C71.dmg");
        try {
            StationLanguage.choose("de");
            assertThat(caught.getLocalizedMessage()).as("the reason found now is worded with it")
                    .startsWith("23C71 im Cache hat die Prüfung nicht bestanden und kam in Quarantäne:"
                            + " IPSW beschädigt: CRC-32 von 090-23C71.dmg ist ");
            assertThat(refused.getLocalizedMessage()).as("the index's reason is quoted as it was kept")
                    .startsWith("23C71 ist in Quarantäne: damaged IPSW: CRC-32 of 090-23C71.dmg");
        } finally {
            StationLanguage.choose("");
        }
    }

    @Test
    void aChangedButStillGoodFileIsVerifiedAgainAndResealed() throws Exception {
        CachedBuild entry = importer.importFile(ipsw(dir, "23C71", 1 << 20), null, null, context);
        Files.setLastModifiedTime(store.fileOf(entry), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        reports.clear();

        store.lease(entry, context).close();

        assertThat(reports).isNotEmpty();
        assertThat(store.state(store.builds().get(0))).isEqualTo(CacheState.VERIFIED);
    }

    @Test
    void evictionRemovesTheLeastRecentlyUsedButNeverALeasedFile() throws Exception {
        CachedBuild oldest = importer.importFile(ipsw(dir, "20A1", 1 << 20), null, null, context);
        clock.advance(Duration.ofMinutes(1));
        CachedBuild middle = importer.importFile(ipsw(dir, "21A1", 1 << 20), null, null, context);
        clock.advance(Duration.ofMinutes(1));
        CachedBuild newest = importer.importFile(ipsw(dir, "22A1", 1 << 20), null, null, context);

        try (FirmwareLease lease = store.lease(oldest, context)) {
            clock.advance(Duration.ofMinutes(1));
            store.lease(newest, context).close();
            FirmwareStore.Eviction eviction = store.evict(oldest.size() + 10);

            assertThat(eviction.keptInUse()).extracting(CachedBuild::build).containsExactly("20A1");
            assertThat(eviction.removed()).extracting(CachedBuild::build).containsExactly("21A1", "22A1");
            assertThat(lease.file()).exists();
            assertThat(store.fileOf(middle)).doesNotExist();
        }
        assertThat(store.evict(0).removed()).extracting(CachedBuild::build).containsExactly("20A1");
        assertThat(store.builds()).isEmpty();
        assertThat(listing(store.folder().resolve("files"))).isEmpty();
    }

    @Test
    void oneChosenBuildIsDeletedUnlessARestoreHoldsIt() throws Exception {
        CachedBuild kept = importer.importFile(ipsw(dir, "20A1", 1 << 20), null, null, context);
        CachedBuild deleted = importer.importFile(ipsw(dir, "21A1", 1 << 20), null, null, context);

        try (FirmwareLease lease = store.lease(kept, context)) {
            assertThat(store.remove(kept)).isFalse();
            assertThat(lease.file()).exists();
            assertThat(store.remove(deleted)).isTrue();
        }

        assertThat(store.builds()).extracting(CachedBuild::build).containsExactly("20A1");
        assertThat(store.fileOf(deleted)).doesNotExist();
        assertThat(store.fileOf(kept)).exists();
    }

    static void flipBit(Path file, long offset) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int value = raf.read();
            raf.seek(offset);
            raf.write(value ^ 0x01);
        }
    }

    static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
