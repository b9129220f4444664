package dev.restorestation.firmware.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared index edited by someone else: its paths and seals are not followed, its bad entries not acted upon. */
class HandEditedIndexTest {

    @TempDir
    Path dir;

    private final List<Progress> reports = new ArrayList<>();
    private final TaskContext context = TaskContext.reporting(reports::add);
    private Path cacheFolder;
    private Path victim;
    private FirmwareStore store;
    private CachedBuild imported;

    @BeforeEach
    void importOneBuild() throws IOException {
        cacheFolder = dir.resolve("share").resolve("firmware");
        victim = Files.writeString(dir.resolve("victim.txt"), "not firmware");
        store = station("bench-1");
        imported = new FirmwareImport(store, new IpswVerifier())
                .importFile(FirmwareStoreTest.ipsw(dir, "23C71", 1 << 20), null, null, context);
        reports.clear();
    }

    private FirmwareStore station(String name) throws IOException {
        return new FirmwareStore(cacheFolder, dir.resolve(name).resolve("firmware-seals.json"), new IpswVerifier(),
                Clock.systemUTC());
    }

    @Test
    void aStoredPathOutsideTheCacheIsNeverFollowed() throws Exception {
        editEntry(entry -> entry.put("file", "../../victim.txt"));

        assertThat(store.fileOf(store.builds().get(0))).isEqualTo(cacheFolder.resolve("files/" + imported.sha256() + ".ipsw"));
        store.verify(store.builds().get(0), context);
        assertThat(store.evict(0).removed()).extracting(CachedBuild::build).containsExactly("23C71");

        assertThat(victim).exists().hasContent("not firmware");
        assertThat(FirmwareStoreTest.listing(cacheFolder.resolve("quarantine"))).isEmpty();
    }

    @Test
    void aHashThatIsAPathMakesTheEntryUnusableAndNothingMoves() throws Exception {
        editEntry(entry -> entry.put("sha256", "../../../outside/owned"));

        assertThat(store.builds()).isEmpty();
        assertThat(store.unusable()).containsExactly(
                "index entry 1 (build 23C71) is unusable and ignored: its sha256 is not 64 lower-case hex digits");
        assertThat(store.evict(0).removed()).isEmpty();
        assertThat(cacheFolder.resolve("files/" + imported.sha256() + ".ipsw")).exists();
        assertThat(dir.resolve("outside")).doesNotExist();
        assertThat(dir.resolve("share").resolve("outside")).doesNotExist();
        new FirmwareImport(store, new IpswVerifier()).importFile(FirmwareStoreTest.ipsw(dir, "23D5", 1 << 20), null, null, context);
        assertThat(store.builds()).extracting(CachedBuild::build).containsExactly("23D5");
        assertThat(Files.readString(cacheFolder.resolve("index.json"))).contains("../../../outside/owned");
    }

    @Test
    void aSealForgedInTheSharedIndexOverATamperedFileForcesAFullVerification() throws Exception {
        Path file = store.fileOf(imported);
        FileTime sealedTime = Files.getLastModifiedTime(file);
        FirmwareStoreTest.flipBit(file, Files.size(file) / 2);
        Files.setLastModifiedTime(file, sealedTime);
        JsonNode forged = StoreIndex.JSON.valueToTree(Seal.of(file));
        editEntry(entry -> entry.set("seal", forged));

        CachedBuild listed = store.builds().get(0);
        assertThat(store.state(listed)).isEqualTo(CacheState.CHANGED);
        assertThatThrownBy(() -> store.lease(listed, context))
                .isInstanceOf(InvalidFirmwareException.class)
                .hasMessageStartingWith("cached 23C71 failed verification and was quarantined: ");
        assertThat(store.state(store.builds().get(0))).isEqualTo(CacheState.QUARANTINED);
    }

    @Test
    void aBuildAnotherStationVerifiedIsVerifiedOnceHereThenUsedWithoutReHash() throws Exception {
        FirmwareStore other = station("bench-2");
        CachedBuild shared = other.builds().get(0);
        assertThat(other.state(shared)).isEqualTo(CacheState.CHANGED);
        assertThat(store.state(shared)).isEqualTo(CacheState.VERIFIED);

        other.lease(shared, context).close();
        assertThat(reports).isNotEmpty();
        assertThat(other.state(shared)).isEqualTo(CacheState.VERIFIED);
        reports.clear();
        other.lease(shared, context).close();

        assertThat(reports).isEmpty();
    }

    @Test
    void anIndexWrittenByAnOlderVersionStillLoadsButItsSealsAreNotTrusted() throws Exception {
        Files.writeString(store.folder().resolve("index.json"), """
                {"version":1,"builds":[{"build":"23C71","version":"26.2.1","productTypes":["iPhone13,2"],
                 "identities":[{"chipId":33025,"boardId":12,"deviceClass":"d53gap","restoreBehavior":"Erase","variant":""}],
                 "size":%d,"sha1":"%s","sha256":"%s","source":"/old/23C71.ipsw","file":"files/%s.ipsw",
                 "verifiedAt":"2026-01-01T00:00:00Z","lastUsedAt":"2026-01-01T00:00:00Z",
                 "seal":{"size":1,"modifiedNanos":2,"changedNanos":3,"fileKey":""},"sourceSeal":null,"quarantineReason":""}]}
                """.formatted(imported.size(), imported.sha1(), imported.sha256(), imported.sha256()));
        FirmwareStore newcomer = station("bench-3");

        CachedBuild old = newcomer.builds().get(0);
        assertThat(old.build()).isEqualTo("23C71");
        assertThat(newcomer.state(old)).isEqualTo(CacheState.CHANGED);
        newcomer.lease(old, context).close();
        assertThat(newcomer.state(newcomer.builds().get(0))).isEqualTo(CacheState.VERIFIED);
    }

    @Test
    void theIndexStillGivesStationsOfThePreviousVersionAPathAndASealThatNeverHolds() throws Exception {
        store.quarantine(imported, "checked by hand");
        new FirmwareImport(store, new IpswVerifier())
                .importFile(FirmwareStoreTest.ipsw(dir, "23C55", 1 << 20), null, null, context);

        JsonNode builds = StoreIndex.JSON.readTree(cacheFolder.resolve("index.json").toFile()).get("builds");

        assertThat(builds).hasSize(2).allSatisfy(entry -> {
            String folder = entry.get("quarantineReason").asText().isEmpty() ? "files/" : "quarantine/";
            assertThat(entry.get("file").asText()).isEqualTo(folder + entry.get("sha256").asText() + ".ipsw");
            assertThat(entry.get("seal").get("size").asLong()).isEqualTo(-1);
        });
    }

    private void editEntry(Consumer<ObjectNode> edit) throws IOException {
        Path index = cacheFolder.resolve("index.json");
        JsonNode contents = StoreIndex.JSON.readTree(index.toFile());
        edit.accept((ObjectNode) ((ArrayNode) contents.get("builds")).get(0));
        Files.write(index, StoreIndex.JSON.writeValueAsBytes(contents));
    }
}
