package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.restorestation.app.assembly.DataDirectory;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.history.LabelSize;
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
        description = "Restore and erasure report of a ticket as a PDF (station report --ticket ID --pdf FILE),"
                + " or its device label (--label FILE.pdf).",
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

    @Option(names = "--label", paramLabel = "FILE.pdf",
            description = "Where to write the device label of the ticket's latest attempt, as a PDF of the label's size.")
    Path label;

    @Option(names = "--label-size", paramLabel = "WxH", defaultValue = "62x29",
            description = "The label's width x height in mm (default 62x29: 62 mm tape; e.g. 57x32 die-cut).")
    String labelSize;

    @Override
    public Integer call() {
        if (ticket == null || (pdf == null && label == null)) {
            throw new StationException(text("report.usage"), StationException.USAGE);
        }
        if (pdf != null && label != null && pdf.toAbsolutePath().normalize().equals(label.toAbsolutePath().normalize())) {
            throw new StationException(text("report.sameFile", pdf.toString()), StationException.USAGE);
        }
        Ticket repair;
        LabelSize size;
        try {
            repair = TypedValues.ticket(ticket);
            size = LabelSize.parse(labelSize);
        } catch (IllegalArgumentException e) {
            throw new StationException(e.getLocalizedMessage(), StationException.USAGE);
        }
        if (pdf != null) {
            report(repair);
        }
        if (label != null) {
            label(repair, size);
        }
        return 0;
    }

    private void label(Ticket repair, LabelSize size) {
        JsonNode written = HistoryAccess.ask(station, spec.commandLine().getErr(), HistoryRequests.LABEL,
                Map.of("ticket", repair.id(), "file", label.toAbsolutePath().toString(), "size",
                        size.widthMm() + "x" + size.heightMm()),
                () -> NullNode.getInstance());
        if (written.isNull()) {
            throw new StationException(text("label.noAttempts", repair.toString()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(text("label.written", repair.toString(), written.path("attemptId").asText(), written.path("size").asText(),
                label.toString()));
        out.flush();
    }

    private void report(Ticket repair) {
        JsonNode issued = HistoryAccess.ask(station, spec.commandLine().getErr(), HistoryRequests.REPORT,
                Map.of("ticket", repair.id(), "pdf", pdf.toAbsolutePath().toString(), "withNote", withNote),
                () -> NullNode.getInstance());
        if (issued.isNull()) {
            throw new StationException(text("report.noAttempts", repair.toString()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(text("report.written", repair.toString(), pdf.toString()));
        out.println(text("report.sha256", issued.path("contentSha256").asText()));
        out.flush();
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
