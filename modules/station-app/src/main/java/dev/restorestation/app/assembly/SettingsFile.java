package dev.restorestation.app.assembly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restorestation.app.text.AppText;
import dev.restorestation.core.files.FileAccess;
import dev.restorestation.core.settings.SettingsStore;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.text.Worded;
import dev.restorestation.core.text.Wording;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings as a JSON file in the data directory. Older layouts are upgraded one version at a
 * time on reading; a file that cannot be read is set aside under a time-stamped name of its own
 * (never deleted, never replaced) and defaults are used.
 */
public final class SettingsFile implements SettingsStore {

    /** Settings are a few hundred bytes; a file far larger is not a settings file, and is not read whole. */
    static final long MAX_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final long GIB = 1024L * 1024 * 1024;

    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public SettingsFile(Path file) {
        this(file, Clock.systemUTC());
    }

    public SettingsFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public StationSettings load() {
        return load(warning -> { });
    }

    /** The settings; a file that cannot be read is also said through {@code warnings} (it is always logged). */
    public StationSettings load(Consumer<String> warnings) {
        if (!Files.exists(file)) {
            return StationSettings.defaults();
        }
        try {
            if (!Files.isRegularFile(file)) {
                // a pipe would block the reading for ever, a device could be endless
                throw new Refused(AppText.wording("settings.reason.notAFile"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new Refused(AppText.wording("settings.reason.tooBig", MAX_BYTES / 1024));
            }
            JsonNode stored;
            try (InputStream in = Files.newInputStream(file)) {
                stored = json.readTree(in);
            }
            if (!(stored instanceof ObjectNode object)) {
                throw new Refused(AppText.wording("settings.reason.notAnObject"));
            }
            return upgrade(object);
        } catch (IOException | RuntimeException e) {
            warnings.accept(setAside(SettingsProblem.reason(e)));
            return StationSettings.defaults();
        }
    }

    /** Moves the unreadable file to a name of its own, so an earlier unreadable file is never replaced; says what happened. */
    private String setAside(Object reason) {
        String stamp = ASIDE_STAMP.format(clock.instant());
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp + (n == 1 ? "" : "-" + n));
            try {
                Files.move(file, aside);
                return warn(AppText.wording("settings.setAside", file.toString(), reason, aside.getFileName().toString()));
            } catch (FileAlreadyExistsException taken) {
                // another unreadable file was set aside in the same second: try the next name
            } catch (IOException e) {
                return warn(AppText.wording("settings.notSetAside", file.toString(), reason, SettingsProblem.reason(e)));
            }
        }
    }

    /** Logs the warning in English, like every log line, and gives it back in the station's language. */
    private static String warn(Wording warning) {
        LOG.warn(warning.english());
        return warning.text();
    }

    @Override
    public void save(StationSettings settings) {
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            Files.createFile(temp, FileAccess.OWNER_ONLY.newFile());
            Files.write(temp, json.writeValueAsBytes(settings));
            FileAccess.OWNER_ONLY.apply(temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save settings to " + file, e);
        }
    }

    private StationSettings upgrade(ObjectNode stored) throws JsonProcessingException {
        // every file the station writes names its version: one without is written by hand, as the README shows, in today's fields
        int version = stored.has("version") ? stored.path("version").asInt(0) : StationSettings.CURRENT_VERSION;
        if (version < 1 || version > StationSettings.CURRENT_VERSION) {
            throw new Refused(AppText.wording("settings.reason.version", version));
        }
        if (version == 1) {
            stored = fromVersion1(stored);
        }
        if (version <= 2) {
            stored = fromVersion2(stored);
        }
        if (version <= 3) {
            stored = fromVersion3(stored);
        }
        if (version <= 4) {
            stored = fromVersion4(stored);
        }
        if (version <= 6) {
            stored = fromVersion6(stored);
        }
        ObjectNode merged = json.valueToTree(StationSettings.defaults());
        merged.setAll(stored);
        merged.put("version", StationSettings.CURRENT_VERSION);
        return json.treeToValue(merged, StationSettings.class);
    }

    /** Version 7 adds the station's language; empty follows the system's. (Version 6's label printing takes its defaults.) */
    private static ObjectNode fromVersion6(ObjectNode v6) {
        ObjectNode v7 = v6.deepCopy();
        v7.put("language", "");
        return v7;
    }

    /** Version 5 adds the alerts when a restore ends, on unless turned off. */
    private static ObjectNode fromVersion4(ObjectNode v4) {
        ObjectNode v5 = v4.deepCopy();
        v5.put("finishAlerts", true);
        return v5;
    }

    /**
     * Version 4 adds how old the catalog's signing status may be before an erase asks, and the
     * caps per root hub and per hub, how deep behind hubs a slot may sit before it is warned about, and the failures retried automatically.
     */
    private static ObjectNode fromVersion3(ObjectNode v3) {
        ObjectNode v4 = v3.deepCopy();
        v4.put("signingMaxAgeHours", StationSettings.DEFAULT_SIGNING_MAX_AGE_HOURS);
        v4.put("restoresPerRootHub", StationSettings.DEFAULT_PER_ROOT_HUB);
        v4.put("restoresPerHub", StationSettings.DEFAULT_PER_HUB);
        v4.put("maxHubDepth", StationSettings.DEFAULT_MAX_HUB_DEPTH);
        StationSettings.DEFAULT_AUTO_RETRY.forEach(v4.putArray("autoRetry")::add);
        return v4;
    }

    /** Version 3 adds the shop's name and location for reports and the wait for a restored device. */
    private static ObjectNode fromVersion2(ObjectNode v2) {
        ObjectNode v3 = v2.deepCopy();
        v3.put("shopName", "");
        v3.put("shopLocation", "");
        v3.put("verifyWaitMinutes", StationSettings.DEFAULT_VERIFY_WAIT_MINUTES);
        return v3;
    }

    /** Version 1 kept a dark-mode flag, the window size only, and the cache cap in GiB. */
    private ObjectNode fromVersion1(ObjectNode v1) {
        ObjectNode v2 = json.createObjectNode();
        v2.put("theme", v1.path("darkMode").asBoolean(false) ? "DARK" : "LIGHT");
        ObjectNode window = v2.putObject("window");
        window.put("x", -1);
        window.put("y", -1);
        window.put("width", v1.path("windowWidth").asInt(1280));
        window.put("height", v1.path("windowHeight").asInt(800));
        window.put("maximized", false);
        JsonNode technician = v1.get("technician");
        if (technician != null) {
            v2.set("technician", technician);
        }
        if (v1.has("cacheCapGb")) {
            v2.put("cacheCapBytes", v1.get("cacheCapGb").asLong() * GIB);
        }
        return v2;
    }

    /** A settings file refused for a reason the station words itself. */
    static final class Refused extends IllegalArgumentException implements Worded {

        private final transient Wording wording;

        Refused(Wording wording) {
            super(wording.english());
            this.wording = wording;
        }

        @Override
        public Wording wording() {
            return wording;
        }
    }
}
