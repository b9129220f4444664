package dev.restorestation.app.restore;

import dev.restorestation.app.Station;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code station --data-dir DIR …} in this process and keeps what it printed. */
final class CommandRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int exitCode;

    CommandRun(Path dataDir, String... args) {
        CommandLine line = new Station().commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        String[] withDataDir = new String[args.length + 2];
        withDataDir[0] = "--data-dir";
        withDataDir[1] = dataDir.toString();
        System.arraycopy(args, 0, withDataDir, 2, args.length);
        exitCode = line.execute(withDataDir);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
