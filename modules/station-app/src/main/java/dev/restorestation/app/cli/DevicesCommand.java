package dev.restorestation.app.cli;

import dev.restorestation.app.DataDirectory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List the devices on the bench, in slot order.",
        subcommands = DevicesIdentifyCommand.class)
public final class DevicesCommand implements Callable<Integer>, StationContext {

    @ParentCommand
    StationContext station;

    @Option(names = "--json", description = "Print a JSON array: slot, mode, ecid, udid, productType, name, state.")
    boolean json;

    @Option(names = "--watch", description = "Keep printing changes until interrupted.")
    boolean watch;

    @Option(names = "--demo", description = "A simulated bench instead of USB.")
    boolean demo;

    @Override
    public Integer call() {
        throw StationException.notAvailableYet("devices");
    }

    @Override
    public DataDirectory dataDirectory() {
        return station.dataDirectory();
    }

    @Override
    public Path dataDirectoryPath() {
        return station.dataDirectoryPath();
    }
}
