package dev.restorestation.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "advise", mixinStandardHelpOptions = true,
        description = "What an error code means and which fixes to try, in order.")
public final class AdviseCommand implements Callable<Integer> {

    @ParentCommand
    StationContext station;

    @Parameters(index = "0", paramLabel = "CODE", description = "Apple's error number (e.g. 4013) or an engine status.")
    String code;

    @Option(names = "--device", paramLabel = "PRODUCT_TYPE", description = "Advice for this model, e.g. iPhone9,4.")
    String productType;

    @Option(names = "--json", description = "Print JSON: code, category, meaning, fixes[{id, text, destructive, evidence}].")
    boolean json;

    @Override
    public Integer call() {
        throw StationException.notAvailableYet("advise");
    }
}
