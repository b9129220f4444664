package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.app.assembly.StationAssembly;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show restore attempts for a ticket, a device, or all of them, oldest first.")
public final class HistoryCommand implements Callable<Integer> {

    static final class Selection {
        @Option(names = "--ticket", paramLabel = "ID", description = "Attempts for one repair ticket.")
        String ticket;

        @Option(names = "--ecid", paramLabel = "ECID", description = "Attempts on one device, across tickets.")
        String ecid;

        @Option(names = "--all", description = "Every attempt.")
        boolean all;

        @Option(names = "--start-new", description = "Start a new, empty history where a damaged one was set aside"
                + " (the damaged file stays where it was kept).")
        boolean startNew;
    }

    static final class Format {
        @Option(names = "--json", description = "Print a JSON array of attempts.")
        boolean json;

        @Option(names = "--csv", description = "Print RFC 4180 CSV (opens cleanly in a spreadsheet).")
        boolean csv;
    }

    @ParentCommand
    StationContext station;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @ArgGroup(exclusive = true)
    Format format;

    @Override
    public Integer call() {
        if (selection.startNew) {
            return startNew();
        }
        HistoryListing listing = listing();
        String output = HistoryAccess.ask(station, spec.commandLine().getErr(), HistoryRequests.HISTORY, listing,
                () -> HistoryRequests.JSON.createObjectNode().put("output", listing.render(List.of()))).path("output").asText();
        PrintWriter out = spec.commandLine().getOut();
        out.print(output);
        out.flush();
        return 0;
    }

    /** The question asked, checked before the history is opened or asked. */
    private HistoryListing listing() {
        String shape = format == null ? HistoryListing.TABLE
                : format.json ? HistoryListing.JSON : format.csv ? HistoryListing.CSV : HistoryListing.TABLE;
        try {
            return new HistoryListing(selection.ticket, selection.ecid, selection.all, shape);
        } catch (IllegalArgumentException e) {
            throw new StationException(e.getMessage(), StationException.USAGE);
        }
    }

    private int startNew() {
        StationAssembly assembly = CommandAssembly.reading(station, spec.commandLine().getErr());
        if (!(assembly.historySource() instanceof HistorySource.EmbeddedFile file)) {
            throw new StationException(text("history.startNewShared"),
                    StationException.USAGE);
        }
        // a history this user cannot look at is said as such before its marker is touched
        assembly.historyExists();
        PrintWriter out = spec.commandLine().getOut();
        out.println(HistoryDatabase.startNew(file)
                ? text("history.startsNew") : text("history.nothingSetAside"));
        out.flush();
        return 0;
    }
}
