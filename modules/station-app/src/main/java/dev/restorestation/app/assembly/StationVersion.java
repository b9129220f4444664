package dev.restorestation.app.assembly;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build was made as. */
public final class StationVersion {

    private StationVersion() {
    }

    public static String get() {
        Properties properties = new Properties();
        try (InputStream in = StationVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
