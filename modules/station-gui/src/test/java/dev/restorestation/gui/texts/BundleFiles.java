package dev.restorestation.gui.texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The window's bundle files as written, one per language, so a test sees a pattern before it is formatted. */
final class BundleFiles {

    private static final Map<Locale, Properties> READ = new ConcurrentHashMap<>();

    private BundleFiles() {
    }

    static String pattern(Locale language, String key) {
        String pattern = READ.computeIfAbsent(language, BundleFiles::read).getProperty(key);
        if (pattern == null) {
            throw new AssertionError(language + " has no " + key);
        }
        return pattern;
    }

    static Properties all(Locale language) {
        return READ.computeIfAbsent(language, BundleFiles::read);
    }

    private static Properties read(Locale language) {
        String suffix = language.getLanguage().equals("en") ? "" : "_" + language.getLanguage();
        String path = "dev/restorestation/gui/messages" + suffix + ".properties";
        try (InputStream in = BundleFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("no " + path);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
