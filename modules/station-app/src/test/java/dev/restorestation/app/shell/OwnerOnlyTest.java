package dev.restorestation.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.Station;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole restore by a station started with umask 000 leaves nothing in its data directory for anyone else. */
class OwnerOnlyTest {

    @TempDir
    Path temp;

    @Test
    void everythingARestoreCreatesIsTheOwnersWhateverTheUmask() throws Exception {
        Path ipsw = SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1")
                .identity(0x8015, 0x02, "d20ap")
                .write(temp.resolve("iPhone10,1_16.7.10_20H350_Restore.ipsw"));
        Path data = temp.resolve("station");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> station = List.of(java, "-cp", System.getProperty("java.class.path"), Station.class.getName(),
                "--data-dir", data.toString());

        run(station, "restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "T-1", "--ipsw", ipsw.toString(),
                "--update", "--engine", "simulated");
        run(station, "firmware", "list");

        Map<String, String> notOwnerOnly = new TreeMap<>();
        try (Stream<Path> everything = Files.walk(data)) {
            for (Path path : (Iterable<Path>) everything::iterator) {
                int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
                if ((mode & 077) != 0) {
                    notOwnerOnly.put(data.relativize(path).toString(), Integer.toOctalString(mode & 07777));
                }
            }
        }
        assertThat(notOwnerOnly).isEmpty();
        assertThat(data.resolve("firmware/index.json")).exists();
    }

    private void run(List<String> station, String... command) throws Exception {
        Process process = new ProcessBuilder(Stream.concat(Stream.of("sh", "-c", "umask 000 && exec \"$@\"", "sh"),
                Stream.concat(station.stream(), Stream.of(command))).toList())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("output.txt").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(temp.resolve("output.txt"))).isZero();
    }
}
