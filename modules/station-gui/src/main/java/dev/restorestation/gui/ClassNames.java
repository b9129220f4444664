package dev.restorestation.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** The classes of a package, wherever it lives: the Java runtime's modules, a jar or a folder. */
final class ClassNames {

    private static final String CLASS = ".class";

    private ClassNames() {
    }

    /** The binary names of the classes directly in each of {@code packages} ("javax/swing/"), in that order. */
    static List<String> in(List<String> packages, ClassLoader loader) {
        List<String> names = new ArrayList<>();
        for (String folder : packages) {
            try {
                Optional<String> module = moduleOf(folder);
                if (module.isPresent()) {
                    inRuntime(module.get(), folder, names);
                } else {
                    for (Enumeration<URL> places = loader.getResources(folder); places.hasMoreElements(); ) {
                        inPlace(places.nextElement(), folder, names);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the classes of " + folder, e);
            }
        }
        return names;
    }

    /**
     * Loads and verifies {@code name} without running its static set-up; asking for its
     * constructors is what makes the JVM link it. A class that cannot be loaded is skipped: it
     * would fail the same way when used.
     */
    static void loadAndLink(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader).getDeclaredConstructors();
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            // left to whoever uses it
        }
    }

    private static Optional<String> moduleOf(String folder) {
        String pkg = folder.substring(0, folder.length() - 1).replace('/', '.');
        return ModuleLayer.boot().modules().stream().filter(m -> m.getPackages().contains(pkg))
                .map(Module::getName).findFirst();
    }

    private static void inRuntime(String module, String folder, List<String> names) throws IOException {
        FileSystem runtime = FileSystems.getFileSystem(URI.create("jrt:/"));
        inFolder(runtime.getPath("/modules", module, folder), folder, names);
    }

    private static void inPlace(URL place, String folder, List<String> names) throws IOException {
        URLConnection connection = place.openConnection();
        if (connection instanceof JarURLConnection jar) {
            JarFile file = jar.getJarFile();
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                add(entries.nextElement().getName(), folder, names);
            }
        } else if ("file".equals(place.getProtocol())) {
            try {
                inFolder(Path.of(place.toURI()), folder, names);
            } catch (URISyntaxException e) {
                throw new IOException("not a folder: " + place, e);
            }
        }
    }

    private static void inFolder(Path path, String folder, List<String> names) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path, "*" + CLASS)) {
            for (Path file : files) {
                add(folder + file.getFileName(), folder, names);
            }
        }
    }

    private static void add(String entry, String folder, List<String> names) {
        if (entry.startsWith(folder) && entry.endsWith(CLASS) && entry.indexOf('/', folder.length()) < 0
                && !entry.endsWith("module-info.class") && !entry.endsWith("package-info.class")) {
            names.add(entry.substring(0, entry.length() - CLASS.length()).replace('/', '.'));
        }
    }
}
