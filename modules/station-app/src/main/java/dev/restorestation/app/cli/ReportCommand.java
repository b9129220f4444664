package dev.restorestation.app.cli;

import dev.restorestation.app.DataDirectory;
import dev.restorestation.app.SettingsFile;
import dev.restorestation.app.StationVersion;
import dev.restorestation.app.report.ReportContent;
import dev.restorestation.app.report.ReportLine;
import dev.restorestation.app.report.ReportPdf;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.store.CachedBuild;
import dev.restorestation.firmware.store.FirmwareStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public Integer call() throws IOException {
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
        DataDirectory data = new DataDirectory(station.dataDirectoryPath());
        StationSettings settings = new SettingsFile(data.settingsFile()).load();
        Map<String, String> ipsws = ipswSha256BySha1(data);
        ReportContent.Issue issue = new ReportContent.Issue(settings.shopName(), settings.shopLocation(),
                settings.technician(), StationVersion.get(), Instant.now().truncatedTo(ChronoUnit.SECONDS), withNote);
        String issued = HistoryCommand.withExisting(station, database -> {
            List<RestoreAttempt> attempts = database.attemptLog().forTicket(repair);
            if (attempts.isEmpty()) {
                return null;
            }
            List<ReportLine> lines = ReportContent.lines(repair, attempts, database.issuedReports().sources(repair),
                    sha1 -> Optional.ofNullable(ipsws.get(sha1)), issue);
            String contentSha256 = ReportContent.sha256(lines);
            try {
                byte[] file = ReportPdf.render(lines, ReportPdf.qrPayload(repair.id(), contentSha256), contentSha256);
                database.issuedReports().record(repair, ReportVerifyCommand.sha256(file), contentSha256);
                write(file);
            } catch (IOException e) {
                throw new StationException("cannot write the report to " + pdf + ": " + e.getMessage());
            }
            return contentSha256;
        }, null);
        if (issued == null) {
            throw new StationException("no restore attempts for ticket " + repair + ": no report");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Report for ticket " + repair + " written to " + pdf);
        out.println("Report SHA-256 (in its QR code): " + issued);
        out.flush();
        return 0;
    }

    private void write(byte[] file) throws IOException {
        Path target = pdf.toAbsolutePath();
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        Files.write(temporary, file);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The SHA-256 of every IPSW in the firmware cache by its SHA-1; empty without a readable cache. */
    private Map<String, String> ipswSha256BySha1(DataDirectory data) {
        Map<String, String> bySha1 = new HashMap<>();
        if (!Files.isDirectory(data.firmware())) {
            return bySha1;
        }
        try {
            FirmwareStore store = new FirmwareStore(data.firmware(), data.firmwareSeals(), new IpswVerifier(),
                    Clock.systemUTC());
            for (CachedBuild build : store.builds()) {
                if (build.sha1() != null) {
                    bySha1.put(build.sha1(), build.sha256());
                }
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("station: the firmware cache cannot be read (" + e.getMessage()
                    + "); the report names no IPSW SHA-256");
        }
        return bySha1;
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
