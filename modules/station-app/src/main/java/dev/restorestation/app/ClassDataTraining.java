package dev.restorestation.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads every class of the station's jar without running any of it, so that a JVM started with
 * {@code -XX:ArchiveClassesAtExit} keeps them all, parsed and verified, in a class-data archive.
 * The Linux package runs it once when it is installed; the installed command then starts from the
 * archive, for every command and the window alike (installer/linux/deb/postinst).
 */
public final class ClassDataTraining {

    private static final String CLASS = ".class";

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException {
        Path jar = Path.of(ClassDataTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassLoader loader = ClassDataTraining.class.getClassLoader();
        int loaded = 0;
        int skipped = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                String name = entry.getName();
                if (!name.endsWith(CLASS) || name.startsWith("META-INF/") || name.endsWith("module-info" + CLASS)) {
                    continue;
                }
                try {
                    Class.forName(name.substring(0, name.length() - CLASS.length()).replace('/', '.'), false, loader);
                    loaded++;
                } catch (LinkageError | ClassNotFoundException e) {
                    skipped++; // needs a library the station does not ship (optional parts of its libraries)
                }
            }
        }
        System.out.printf("loaded %d classes of %s (%d need libraries the station does not ship)%n", loaded, jar, skipped);
    }
}
