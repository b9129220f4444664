package dev.restorestation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One {@code station} command run as a JVM of its own, in a language, as a technician's shell
 * starts it, with what it printed.
 */
public record StationProcess(int exitCode, String out, String err) {

    /** In {@code language} (its country too, e.g. es-ES), on {@code dataDir}; its output kept in {@code files}. */
    public static StationProcess run(Locale language, Path dataDir, Path files, String... args) throws Exception {
        return run(language, dataDir, files, environment -> { }, args);
    }

    /** The same, with the environment changed first (e.g. DISPLAY removed). */
    public static StationProcess run(Locale language, Path dataDir, Path files, Consumer<Map<String, String>> environment,
                                     String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + language.getLanguage(), "-Duser.country=" + language.getCountry(),
                "-cp", System.getProperty("java.class.path"), Station.class.getName(), "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(files, "out-" + language + "-", ".txt");
        Path err = Files.createTempFile(files, "err-" + language + "-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        environment.accept(builder.environment());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("station %s finished", List.of(args)).isTrue();
        return new StationProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
