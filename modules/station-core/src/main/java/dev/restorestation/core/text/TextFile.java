package dev.restorestation.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** A texts file of the class path read as UTF-8, as every translation of the station is written. */
public final class TextFile {

    private TextFile() {
    }

    /** @param path as {@link Class#getResourceAsStream} takes it; a file that is not there reads as empty */
    public static Properties read(Class<?> owner, String path) {
        Properties texts = new Properties();
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the texts " + path, e);
        }
        return texts;
    }
}
