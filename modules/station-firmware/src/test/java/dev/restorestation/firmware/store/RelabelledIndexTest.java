package dev.restorestation.firmware.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared index edited to say other things of a good file, or replaced by what is not a file. */
class RelabelledIndexTest {

    private static final TaskContext QUIET = TaskContext.quiet();

    @TempDir
    Path dir;

    private Path cacheFolder;
    private FirmwareStore store;
    private CachedBuild imported;

    @BeforeEach
    void importOneBuild() throws IOException {
        cacheFolder = dir.resolve("share").resolve("firmware");
        store = station("bench-1");
        imported = new FirmwareImport(store, new IpswVerifier())
                .importFile(FirmwareStoreTest.ipsw(dir, "23C71", 1 << 20), null, null, QUIET);
    }

    private FirmwareStore station(String name) throws IOException {
        return new FirmwareStore(cacheFolder, dir.resolve(name).resolve("firmware-seals.json"), new IpswVerifier(),
                Clock.systemUTC());
    }

    @Test
    void aBuildThisStationVerifiedKeepsWhatItFoundWhateverTheIndexSays() throws Exception {
        editEntry(entry -> {
            entry.put("build", "21H999").put("version", "17.9.9").put("size", 5).put("sha1", "0".repeat(40));
            entry.putArray("productTypes").add("iPhone15,2");
        });

        CachedBuild listed = store.builds().get(0);

        assertThat(listed.sameFacts(imported)).isTrue();
        assertThat(store.state(listed)).isEqualTo(CacheState.VERIFIED);
        assertThat(store.find("iPhone15,2", "21H999")).isEmpty();
        assertThat(store.find("iPhone13,2", "23C71")).isPresent();
        assertThat(store.verify(listed, QUIET).sameFacts(imported)).isTrue();
        assertThat(store.state(store.builds().get(0))).isEqualTo(CacheState.VERIFIED);
    }

    @Test
    void aBuildNotYetVerifiedHereIsCheckedAgainstWhatTheIndexSaidBeforeUse() throws Exception {
        editEntry(entry -> entry.put("build", "21H999").putArray("productTypes").add("iPhone15,2"));
        FirmwareStore newcomer = station("bench-2");
        CachedBuild forged = newcomer.find("iPhone15,2", "21H999").orElseThrow();

        assertThatThrownBy(() -> newcomer.lease(forged, QUIET))
                .isInstanceOf(InvalidFirmwareException.class)
                .hasMessage("the shared index said 21H999 (26.2.1, iPhone15,2) but the file is 23C71 (26.2.1, iPhone13,2);"
                        + " the index entry was corrected and the file not used");
        assertThat(newcomer.find("iPhone15,2", "21H999")).isEmpty();
        assertThat(newcomer.state(newcomer.builds().get(0))).isEqualTo(CacheState.VERIFIED);
    }

    @Test
    void aWrongSha1InTheIndexIsCorrectedNotAGoodFileQuarantined() throws Exception {
        editEntry(entry -> entry.put("sha1", "0".repeat(40)));
        FirmwareStore newcomer = station("bench-2");

        CachedBuild verified = newcomer.verify(newcomer.builds().get(0), QUIET);

        assertThat(verified.sha1()).isEqualTo(imported.sha1());
        assertThat(newcomer.state(verified)).isEqualTo(CacheState.VERIFIED);
        assertThat(FirmwareStoreTest.listing(cacheFolder.resolve("quarantine"))).isEmpty();
    }

    @Test
    void oneEntryPerFileAndEvictionCountsWhatIsOnDisk() throws Exception {
        ArrayNode builds = (ArrayNode) StoreIndex.JSON.readTree(cacheFolder.resolve("index.json").toFile()).get("builds");
        ObjectNode twin = ((ObjectNode) builds.get(0).deepCopy()).put("version", "99.0").put("size", Long.MAX_VALUE);
        editIndex(all -> all.add(twin));

        assertThat(store.builds()).singleElement().satisfies(build -> assertThat(build.version()).isEqualTo("26.2.1"));
        assertThat(station("bench-2").builds()).hasSize(1);
        assertThat(store.evict(Files.size(store.fileOf(imported))).removed()).isEmpty();
    }

    @Test
    void aLinkInPlaceOfACachedFileIsNeverVerifiedThroughAndItsTargetIsLeftAlone() throws Exception {
        Path file = store.fileOf(imported);
        Path outside = Files.copy(file, dir.resolve("outside.ipsw"));
        byte[] good = Files.readAllBytes(outside);
        Files.delete(file);
        Files.createSymbolicLink(file, outside);

        assertThat(store.state(imported)).isEqualTo(CacheState.CHANGED);
        assertThatThrownBy(() -> store.lease(imported, QUIET))
                .hasMessageEndingWith("a link or special file stands in place of the cached file");
        assertThat(outside).hasBinaryContent(good);
        assertThat(Files.isSymbolicLink(cacheFolder.resolve("quarantine").resolve(imported.sha256() + ".ipsw"))).isTrue();
    }

    @Test
    void anIndexThatIsNotAFileOrFromANewerStationIsRefusedInOneLineAtOnce() throws Exception {
        Path index = cacheFolder.resolve("index.json");
        Files.delete(index);
        assertThat(new ProcessBuilder("mkfifo", index.toString()).start().waitFor()).isZero();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(store::builds)
                .hasMessage("the firmware index " + index + " is not a regular file"));

        Files.delete(index);
        Files.writeString(index, "{\"version\": 999, \"builds\": []}");
        assertThatThrownBy(store::builds).hasMessage("the firmware index " + index
                + " was written by a newer Restore Station (index version 999); update this station");
    }

    @Test
    void aCacheFolderReplacedByALinkIsRefused() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path tmp = cacheFolder.resolve("tmp");
        Files.delete(tmp);
        Files.createSymbolicLink(tmp, elsewhere);

        assertThatThrownBy(() -> station("bench-2")).hasMessageStartingWith("the firmware cache's tmp folder is a link");
    }

    private void editEntry(Consumer<ObjectNode> edit) throws IOException {
        editIndex(builds -> edit.accept((ObjectNode) builds.get(0)));
    }

    private void editIndex(Consumer<ArrayNode> edit) throws IOException {
        Path index = cacheFolder.resolve("index.json");
        JsonNode contents = StoreIndex.JSON.readTree(index.toFile());
        edit.accept((ArrayNode) contents.get("builds"));
        Files.write(index, StoreIndex.JSON.writeValueAsBytes(contents));
    }
}
