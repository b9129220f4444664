package dev.restorestation.core.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who may use what the station creates: its owner, and in a folder the shop shares between
 * stations also the group the shop gave that folder; never anyone else, whatever the umask or
 * the earlier mode. Where the file system has no POSIX permissions nothing is changed.
 */
public record FileAccess(boolean groupReads, boolean groupWrites) {

    public static final FileAccess OWNER_ONLY = new FileAccess(false, false);

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final boolean UNIX_MODE = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    private static final int SETGID_AND_STICKY = 03000;

    /** The access {@code folder} gives its group (read, write), as the shop set it: none for a private folder. */
    public static FileAccess of(Path folder) throws IOException {
        if (!POSIX) {
            return OWNER_ONLY;
        }
        Set<PosixFilePermission> given = Files.getPosixFilePermissions(folder);
        return new FileAccess(given.contains(PosixFilePermission.GROUP_READ),
                given.contains(PosixFilePermission.GROUP_WRITE));
    }

    /** The access the folder holding {@code file} gives: what a file created there should get. */
    public static FileAccess inFolderOf(Path file) throws IOException {
        return of(file.toAbsolutePath().getParent());
    }

    /** Writes {@code bytes} to {@code file}, created or replaced, with this access from the start. */
    public Path write(Path file, byte[] bytes) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, EnumSet.of(StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), newFile())) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
        return apply(file);
    }

    /** Opens {@code file} with {@code options}; when they create it, it gets this access. */
    public FileChannel open(Path file, OpenOption... options) throws IOException {
        FileChannel channel = FileChannel.open(file, Set.of(options), newFile());
        try {
            apply(file);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /** Creates {@code folder} and any missing parents with this access, and gives it this access if it existed. */
    public Path folder(Path folder) throws IOException {
        Path missing = folder;
        while (missing.getParent() != null && !Files.exists(missing.getParent())) {
            missing = missing.getParent();
        }
        Files.createDirectories(folder, POSIX ? new FileAttribute<?>[] {attribute(folderMode())} : new FileAttribute<?>[0]);
        for (Path created = folder; created != null && created.startsWith(missing); created = created.getParent()) {
            apply(created);
        }
        return folder;
    }

    /**
     * Gives an existing file or folder this access (a link is left alone). A folder keeps its
     * set-group-ID bit, so what is created in a shared folder goes on belonging to the shop's group.
     * What another user owns in a shared folder is theirs to set, and is left as it is.
     */
    public Path apply(Path path) throws IOException {
        if (!POSIX || Files.isSymbolicLink(path)) {
            return path;
        }
        try {
            setMode(path);
        } catch (FileSystemException e) {
            if (Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) {
                throw e;
            }
        }
        return path;
    }

    private void setMode(Path path) throws IOException {
        boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> wanted = folder ? folderMode() : fileMode();
        if (UNIX_MODE) {
            int current = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            int mode = (folder ? current & SETGID_AND_STICKY : 0) | bits(wanted);
            if (mode != (current & 07777)) {
                Files.setAttribute(path, "unix:mode", mode, LinkOption.NOFOLLOW_LINKS);
            }
        } else {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    private static int bits(Set<PosixFilePermission> mode) {
        int bits = 0;
        for (PosixFilePermission permission : mode) {
            bits |= 0400 >> permission.ordinal();
        }
        return bits;
    }

    /** Gives {@code folder} and everything under it this access, without following links. */
    public void applyToTree(Path folder) throws IOException {
        if (!POSIX || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) tree::iterator) {
                apply(path);
            }
        }
    }

    /** For creating a new file with this access from the start, before a later {@link #apply} adds group bits. */
    public FileAttribute<?>[] newFile() {
        return POSIX ? new FileAttribute<?>[] {attribute(fileMode())} : new FileAttribute<?>[0];
    }

    private Set<PosixFilePermission> fileMode() {
        Set<PosixFilePermission> mode = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        if (groupReads) {
            mode.add(PosixFilePermission.GROUP_READ);
        }
        if (groupWrites) {
            mode.add(PosixFilePermission.GROUP_WRITE);
        }
        return mode;
    }

    private Set<PosixFilePermission> folderMode() {
        Set<PosixFilePermission> mode = fileMode();
        mode.add(PosixFilePermission.OWNER_EXECUTE);
        if (groupReads || groupWrites) {
            mode.add(PosixFilePermission.GROUP_EXECUTE);
        }
        return mode;
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> mode) {
        return PosixFilePermissions.asFileAttribute(mode);
    }
}
