package dev.restorestation.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** One {@code station} command run in this JVM on a data directory, with what it printed. */
public record StationRun(int exit, String out, String err) {

    public static StationRun in(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new Station().commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int exit = line.execute(all.toArray(String[]::new));
        return new StationRun(exit, out.toString(), err.toString());
    }
}
