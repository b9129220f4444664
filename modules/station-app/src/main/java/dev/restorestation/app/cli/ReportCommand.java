package dev.restorestation.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.restorestation.app.assembly.DataDirectory;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.ticket.Ticket;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Restore and erasure report of a ticket as a PDF (station report --ticket ID --pdf FILE).",
        subcommands = ReportVerifyCommand.class)
public final class ReportCommand implements Callable<Integer>, StationContext {

    @ParentCommand
    StationContext station;

    @Spec
    CommandSpec spec;

    @Option(names = "--ticket", paramLabel = "ID", description = "The repair ticket the report is for.")
    String ticket;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Where to write the PDF.")
    Path pdf;

    @Option(names = "--with-note", description = "Print the ticket's customer note in the report.")
    boolean withNote;

    @Override
    public Integer call() {
        if (ticket == null || pdf == null) {
            throw new StationException("report needs --ticket ID and --pdf FILE (or: report verify FILE.pdf)",
                    StationException.USAGE);
        }
        Ticket repair;
        try {
            repair = new Ticket(ticket);
        } catch (IllegalArgumentException e) {
            throw new StationException(e.getMessage(), StationException.USAGE);
        }
        JsonNode issued = HistoryAccess.ask(station, spec.commandLine().getErr(), HistoryRequests.REPORT,
                Map.of("ticket", repair.id(), "pdf", pdf.toAbsolutePath().toString(), "withNote", withNote),
                () -> NullNode.getInstance());
        if (issued.isNull()) {
            throw new StationException("no restore attempts for ticket " + repair + ": no report");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Report for ticket " + repair + " written to " + pdf);
        out.println("Report SHA-256 (in its QR code): " + issued.path("contentSha256").asText());
        out.flush();
        return 0;
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
