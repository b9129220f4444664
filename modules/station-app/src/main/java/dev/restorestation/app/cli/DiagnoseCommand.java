package dev.restorestation.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Read an idevicerestore log and say what failed and what to try.")
public final class DiagnoseCommand implements Callable<Integer> {

    @ParentCommand
    StationContext station;

    @Parameters(index = "0", paramLabel = "ENGINE_LOG_FILE", description = "A log written by idevicerestore (either format).")
    Path log;

    @Option(names = "--json", description = "Print JSON: category, appleCode, statusCode, summary, fixes[].")
    boolean json;

    @Override
    public Integer call() {
        throw StationException.notAvailableYet("diagnose");
    }
}
