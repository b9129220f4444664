package dev.restorestation.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show restore attempts for a ticket, a device, or all of them.")
public final class HistoryCommand implements Callable<Integer> {

    static final class Selection {
        @Option(names = "--ticket", paramLabel = "ID", description = "Attempts for one repair ticket.")
        String ticket;

        @Option(names = "--ecid", paramLabel = "ECID", description = "Attempts on one device, across tickets.")
        String ecid;

        @Option(names = "--all", description = "Every attempt.")
        boolean all;
    }

    static final class Format {
        @Option(names = "--json", description = "Print a JSON array of attempts.")
        boolean json;

        @Option(names = "--csv", description = "Print RFC 4180 CSV (opens cleanly in a spreadsheet).")
        boolean csv;
    }

    @ParentCommand
    StationContext station;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @ArgGroup(exclusive = true)
    Format format;

    @Override
    public Integer call() {
        throw StationException.notAvailableYet("history");
    }
}
