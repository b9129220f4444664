package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.app.report.TicketReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Is this a report this shop issued, unchanged? Exit 0 yes, 1 no.")
public final class ReportVerifyCommand implements Callable<Integer> {

    /** No report this station writes comes near this; a bigger file is not one of them. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @ParentCommand
    ReportCommand report;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.pdf", description = "The report to check.")
    Path file;

    @Override
    public Integer call() {
        String sha256 = sha256Of(file);
        JsonNode found = HistoryAccess.ask(report, spec.commandLine().getErr(), HistoryRequests.REPORT_VERIFY,
                Map.of("sha256", sha256), () -> NullNode.getInstance());
        if (found.isNull() || found.isMissingNode()) {
            throw new StationException(text("reportVerify.notIssued", file.toString()));
        }
        spec.commandLine().getOut().println(text("reportVerify.issued", found.path("ticket").asText(),
                WHEN.format(Instant.parse(found.path("issuedAt").asText())), found.path("station").asText()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String sha256Of(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new StationException(text("reportVerify.folder", file.toString()));
            }
            if (!Files.exists(file)) {
                throw new StationException(text("reportVerify.noSuchFile", file.toString()));
            }
            if (!Files.isRegularFile(file)) {
                throw new StationException(text("reportVerify.notAFile", file.toString()));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new StationException(text("reportVerify.tooBig", file.toString()));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return TicketReportWriter.sha256(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new StationException(text("diagnose.cannotRead", file.toString(), e.getMessage()));
        }
    }
}
