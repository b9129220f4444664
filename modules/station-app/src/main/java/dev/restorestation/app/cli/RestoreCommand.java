package dev.restorestation.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore one device with a verified IPSW, recording the attempt on its ticket.")
public final class RestoreCommand implements Callable<Integer> {

    static final class Firmware {
        @Option(names = "--ipsw", paramLabel = "FILE", required = true, description = "A local IPSW (verified before use).")
        Path ipsw;

        @Option(names = "--build", paramLabel = "BUILD", required = true, description = "A build from the firmware cache, e.g. 23C71.")
        String build;
    }

    static final class Kind {
        @Option(names = "--update", required = true, description = "Update: keeps the user's data.")
        boolean update;

        @ArgGroup(exclusive = false)
        Erase erase;
    }

    static final class Erase {
        @Option(names = "--erase", required = true, description = "Erase: wipes the device.")
        boolean erase;

        @Option(names = "--yes", required = true, description = "Confirms the erase.")
        boolean yes;
    }

    @ParentCommand
    StationContext station;

    @Option(names = "--ecid", paramLabel = "ECID", required = true, description = "The device to restore.")
    String ecid;

    @Option(names = "--ticket", paramLabel = "ID", required = true, description = "The repair ticket.")
    String ticket;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Firmware firmware;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Kind kind;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "idevicerestore",
            description = "idevicerestore (default) or simulated.")
    String engine;

    @Option(names = "--sim-outcome", paramLabel = "OUTCOME", defaultValue = "success",
            description = "With --engine simulated: success, fail:CODE or hang.")
    String simOutcome;

    @Override
    public Integer call() {
        throw StationException.notAvailableYet("restore");
    }
}
