package dev.restorestation.app.cli;

import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptCsv;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import dev.restorestation.history.export.AttemptTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
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

    /** One attempt in {@code --json}: stable, documented in the README. */
    record AttemptJson(long id, String ticket, String ecid, String productType, String slot, String build,
                       String mode, String engine, String technician, Instant startedAt, Instant endedAt,
                       String outcome, Integer appleCode, Integer statusCode, String category, String summary,
                       List<String> fixesApplied, String serialNumber, String customerNote, String verification,
                       Instant verifiedAt, String deviceBuild, String deviceVersion, String activationState) {

        static AttemptJson of(RestoreAttempt a) {
            Verification v = a.verification();
            return new AttemptJson(a.id(), a.ticket().id(), a.ecid().hex(), a.productType(), a.slot(), a.build(),
                    a.mode().name(), a.engine(), a.technician(), a.startedAt(), a.endedAt(), a.outcome().name(),
                    a.appleCode(), a.statusCode(), a.category() == null ? null : a.category().id(), a.summary(),
                    a.fixesApplied(), a.serialNumber(), a.customerNote(), v == null ? null : v.result().id(),
                    v == null ? null : v.verifiedAt(), v == null ? null : v.deviceBuild(),
                    v == null ? null : v.deviceVersion(), v == null ? null : v.activationState());
        }
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
        Function<AttemptLog, List<RestoreAttempt>> query = query();
        List<RestoreAttempt> attempts = read(query);
        PrintWriter out = spec.commandLine().getOut();
        if (format != null && format.json) {
            out.println(CommandLineOutput.json(attempts.stream().map(AttemptJson::of).toList()));
        } else if (format != null && format.csv) {
            writeCsv(attempts, out);
        } else if (attempts.isEmpty()) {
            out.println(nothingFound());
        } else {
            heading(attempts.get(attempts.size() - 1)).forEach(out::println);
            AttemptTable.lines(attempts, ZoneId.systemDefault()).forEach(out::println);
        }
        out.flush();
        return 0;
    }

    private static void writeCsv(List<RestoreAttempt> attempts, PrintWriter out) {
        try {
            AttemptCsv.write(attempts, out);
        } catch (IOException e) {
            throw new StationException("could not write the CSV: " + e.getMessage());
        }
    }

    /** What the shop wrote on the ticket, or the device's serial number, above the table. */
    private List<String> heading(RestoreAttempt latest) {
        if (selection.ticket != null && latest.customerNote() != null) {
            return List.of("Customer note: " + latest.customerNote().replaceAll("\\s*\\R\\s*", " / "), "");
        }
        if (selection.ecid != null && latest.serialNumber() != null) {
            return List.of("Serial number: " + latest.serialNumber(), "");
        }
        return List.of();
    }

    /** The question asked, checked before the database is opened. */
    private Function<AttemptLog, List<RestoreAttempt>> query() {
        try {
            if (selection.ticket != null) {
                Ticket ticket = new Ticket(selection.ticket);
                return log -> log.forTicket(ticket);
            }
            if (selection.ecid != null) {
                Ecid ecid = Ecid.parse(selection.ecid);
                return log -> log.forDevice(ecid);
            }
            return AttemptLog::all;
        } catch (IllegalArgumentException e) {
            throw new StationException(e.getMessage(), StationException.USAGE);
        }
    }

    /** Reads the shop's history; an H2 file that does not exist yet has no attempts and is not created. */
    private List<RestoreAttempt> read(Function<AttemptLog, List<RestoreAttempt>> query) {
        return withExisting(station, spec.commandLine().getErr(), database -> query.apply(database.attemptLog()), List.of());
    }

    /**
     * Runs {@code work} on the shop's history as the settings name it; {@code none} when it is an
     * H2 file that does not exist yet (which is not created).
     */
    static <T> T withExisting(StationContext station, PrintWriter err, Function<HistoryDatabase, T> work, T none) {
        return CommandAssembly.reading(station, err).withExistingHistory(work, none);
    }

    private int startNew() {
        if (!(CommandAssembly.reading(station, spec.commandLine().getErr()).historySource() instanceof HistorySource.EmbeddedFile file)) {
            throw new StationException("the history is a shared database; --start-new is only for this station's own file",
                    StationException.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(HistoryDatabase.startNew(file)
                ? "A new, empty history starts with the next restore; the damaged one stays where it was kept."
                : "Nothing to do: no damaged history was set aside.");
        out.flush();
        return 0;
    }

    private String nothingFound() {
        if (selection.ticket != null) {
            return "No restore attempts for ticket " + new Ticket(selection.ticket) + ".";
        }
        if (selection.ecid != null) {
            return "No restore attempts on device " + Ecid.parse(selection.ecid) + ".";
        }
        return "No restore attempts recorded yet.";
    }
}
