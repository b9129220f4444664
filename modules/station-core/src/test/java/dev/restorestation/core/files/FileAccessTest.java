package dev.restorestation.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAccessTest {

    @TempDir
    Path temp;

    @Test
    void ownerOnlyCreatesEveryMissingFolderForTheOwnerAndTightensAnExistingOne() throws IOException {
        Path deep = FileAccess.OWNER_ONLY.folder(temp.resolve("a/b/c"));
        Path wide = Files.createDirectories(temp.resolve("wide"));
        Files.setPosixFilePermissions(wide, PosixFilePermissions.fromString("rwxrwxrwx"));

        FileAccess.OWNER_ONLY.folder(wide);

        assertThat(mode(temp.resolve("a"))).isEqualTo(0700);
        assertThat(mode(temp.resolve("a/b"))).isEqualTo(0700);
        assertThat(mode(deep)).isEqualTo(0700);
        assertThat(mode(wide)).isEqualTo(0700);
    }

    @Test
    void aSharedFolderGivesItsGroupWhatTheShopGaveAndKeepsItsSetGroupBit() throws IOException {
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Files.setAttribute(shared, "unix:mode", 02775);
        FileAccess access = FileAccess.of(shared);

        access.apply(shared);
        Path files = access.folder(shared.resolve("files"));
        Path index = access.apply(Files.createFile(shared.resolve("index.json"), access.newFile()));

        assertThat(access).isEqualTo(new FileAccess(true, true));
        assertThat(mode(shared)).isEqualTo(02770);
        assertThat(mode(files) & 0777).isEqualTo(0770);
        assertThat(mode(index)).isEqualTo(0660);
    }

    @Test
    void aTreeIsTightenedWithoutFollowingLinks() throws IOException {
        Path outside = Files.writeString(temp.resolve("outside.txt"), "not the station's");
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-rw-rw-"));
        Path logs = Files.createDirectories(temp.resolve("logs"));
        Path old = Files.writeString(logs.resolve("old.log"), "x");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(logs.resolve("link"), outside);

        FileAccess.OWNER_ONLY.applyToTree(logs);

        assertThat(mode(old)).isEqualTo(0600);
        assertThat(mode(logs)).isEqualTo(0700);
        assertThat(mode(outside)).isEqualTo(0666);
    }

    private static int mode(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    }
}
