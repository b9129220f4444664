package dev.restorestation.gui.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IpswDropTest {

    @TempDir
    Path dir;

    @Test
    void onlyIpswFilesInAnyCaseAreTaken() throws Exception {
        File lower = Files.createFile(dir.resolve("iPhone15,2_26.2.1_23C71_Restore.ipsw")).toFile();
        File upper = Files.createFile(dir.resolve("OLD.IPSW")).toFile();
        File text = Files.createFile(dir.resolve("notes.txt")).toFile();
        File folder = Files.createDirectory(dir.resolve("folder.ipsw")).toFile();

        assertThat(IpswDrop.ipswFiles(List.of(lower, text, upper, folder)))
                .containsExactly(lower.toPath(), upper.toPath());
    }
}
