package dev.restorestation.firmware.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore running in another station process keeps its file from eviction, until that process ends. */
class SharedLeaseTest {

    @TempDir
    Path dir;

    private final TaskContext quiet = TaskContext.quiet();

    @Test
    void aLeaseHeldByAnotherProcessBlocksEvictionUntilThatProcessDies() throws Exception {
        FirmwareStore store = new FirmwareStore(dir.resolve("cache"), dir.resolve("firmware-seals.json"), new IpswVerifier(), Clock.systemUTC());
        CachedBuild entry = new FirmwareImport(store, new IpswVerifier())
                .importFile(FirmwareStoreTest.ipsw(dir, "23C71", 1 << 20), null, null, quiet);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LeaseProcess.class.getName(), store.folder().toString(), "23C71",
                dir.resolve("other-station").resolve("firmware-seals.json").toString()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("leased " + store.fileOf(entry));

            FirmwareStore.Eviction whileLeased = store.evict(0);

            assertThat(whileLeased.keptInUse()).extracting(CachedBuild::build).containsExactly("23C71");
            assertThat(store.fileOf(entry)).exists();
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(store.evict(0).removed()).extracting(CachedBuild::build).containsExactly("23C71");
        assertThat(store.fileOf(entry)).doesNotExist();
    }
}
