package dev.restorestation.firmware.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.firmware.ipsw.IpswVerifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed station leaves in the shared cache is tidied by the next start, and only that. */
class CrashLeftoversTest {

    @TempDir
    Path dir;

    @Test
    void theTemporaryFileOfAKilledImportIsDeletedOnTheNextStartButNotWhileItsProcessLives() throws Exception {
        Path cache = dir.resolve("cache");
        Path seals = dir.resolve("firmware-seals.json");
        new FirmwareStore(cache, seals, new IpswVerifier(), Clock.systemUTC());
        Path part = Files.write(cache.resolve("partial").resolve("k.part"), new byte[1000]);
        Path outside = Files.writeString(dir.resolve("notes.tmp"), "mine");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process importer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ImportHoldingProcess.class.getName(), cache.toString(), dir.resolve("other").resolve("seals.json").toString())
                .redirectErrorStream(true).start();
        Path leftover;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(importer.getInputStream(), StandardCharsets.UTF_8));
            String holding = lines.readLine();
            assertThat(holding).startsWith("holding ");
            leftover = Path.of(holding.substring("holding ".length()));

            new FirmwareStore(cache, seals, new IpswVerifier(), Clock.systemUTC());
            assertThat(leftover).exists();
        } finally {
            importer.destroyForcibly();
            assertThat(importer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(leftover).exists();

        new FirmwareStore(cache, seals, new IpswVerifier(), Clock.systemUTC());

        assertThat(FirmwareStoreTest.listing(cache.resolve("tmp"))).isEmpty();
        assertThat(part).hasSize(1000);
        assertThat(outside).hasContent("mine");
    }

    @Test
    void aTemporaryFileLeftWithoutItsLockIsDeletedToo() throws IOException {
        Path cache = dir.resolve("cache");
        new FirmwareStore(cache, dir.resolve("seals.json"), new IpswVerifier(), Clock.systemUTC());
        Files.write(cache.resolve("tmp").resolve("import-1234.tmp"), new byte[10]);

        new FirmwareStore(cache, dir.resolve("seals.json"), new IpswVerifier(), Clock.systemUTC());

        assertThat(FirmwareStoreTest.listing(cache.resolve("tmp"))).isEmpty();
    }
}
