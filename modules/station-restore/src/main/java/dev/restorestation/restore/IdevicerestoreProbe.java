package dev.restorestation.restore;


import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.restore.EngineProbe;
import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.text.Wording;
import dev.restorestation.restore.text.RestoreText;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code idevicerestore} (the configured path, else the PATH) and asks its version with
 * {@code -v}. The version decides which log format and exit codes to expect. What is wrong is
 * said in the station's language: the window and the command line show it as it comes.
 */
public final class IdevicerestoreProbe implements EngineProbe {

    public static final String NAME = "idevicerestore";
    private static final Pattern VERSION = Pattern.compile("idevicerestore\\s+(\\S+)");
    private static final long TIMEOUT_SECONDS = 10;

    private final String configuredPath;
    private final String searchPath;

    /**
     * @param configuredPath the engine path from the settings; empty to search
     * @param searchPath     the PATH to search, as the environment gives it
     */
    public IdevicerestoreProbe(String configuredPath, String searchPath) {
        this.configuredPath = configuredPath == null ? "" : configuredPath.strip();
        this.searchPath = searchPath == null ? "" : searchPath;
    }

    public Optional<Path> locate() {
        if (!configuredPath.isEmpty()) {
            Path configured = Path.of(configuredPath);
            return Files.isExecutable(configured) ? Optional.of(configured) : Optional.empty();
        }
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, NAME);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Said in the station's language, for the window and the command line. */
    @Override
    public EngineStatus probe() {
        return probe(StationLanguage.current());
    }

    /** Why the engine cannot be found, in words: English for a restore's record, the station's language on a screen. */
    public Wording missing() {
        return configuredPath.isEmpty() ? RestoreText.wording("probe.notFoundOnPath")
                : RestoreText.wording("probe.notFoundAt", configuredPath);
    }

    /** Said in {@code language}: English for what a restore's record keeps. */
    public EngineStatus probe(Locale language) {
        Optional<Path> program = locate();
        if (program.isEmpty()) {
            return new EngineStatus(NAME, "", ServiceState.UNAVAILABLE, missing().text(language));
        }
        try {
            Process process = new ProcessBuilder(List.of(program.get().toString(), "-v"))
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new EngineStatus(NAME, "", ServiceState.UNAVAILABLE,
                        RestoreText.text(language, "probe.noAnswer", program.get().toString()));
            }
            Matcher version = VERSION.matcher(output);
            if (!version.find()) {
                return new EngineStatus(NAME, "", ServiceState.UNAVAILABLE,
                        RestoreText.text(language, "probe.notIdevicerestore", program.get().toString(), firstLine(output, language)));
            }
            return new EngineStatus(NAME, version.group(1), ServiceState.AVAILABLE, "");
        } catch (IOException e) {
            return new EngineStatus(NAME, "", ServiceState.UNAVAILABLE,
                    RestoreText.text(language, "probe.cannotRun", program.get().toString(), e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new EngineStatus(NAME, "", ServiceState.UNKNOWN, RestoreText.text(language, "probe.interrupted"));
        }
    }

    private static String firstLine(String text, Locale language) {
        return text.lines().findFirst().orElse(RestoreText.text(language, "probe.noOutput"));
    }
}
