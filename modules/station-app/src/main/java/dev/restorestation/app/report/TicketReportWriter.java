package dev.restorestation.app.report;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.app.text.KnowledgeFixNames;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.history.TicketReports;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.store.CachedBuild;
import dev.restorestation.firmware.store.FirmwareStore;
import dev.restorestation.history.HistoryDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a ticket's report for the command line and the window alike: reads the attempts, lays the
 * PDF out, keeps the hashes in the history, then moves the file into place.
 */
public final class TicketReportWriter implements TicketReports {

    private static final Logger LOG = LoggerFactory.getLogger(TicketReportWriter.class);

    private final HistoryDatabase history;
    private final Path firmware;
    private final Path firmwareSeals;
    private final Supplier<StationSettings> settings;
    private final String toolVersion;

    /**
     * @param firmware      the firmware cache folder, where the IPSWs' SHA-256 are found by SHA-1
     * @param firmwareSeals this station's seals of that cache
     */
    public TicketReportWriter(HistoryDatabase history, Path firmware, Path firmwareSeals,
                              Supplier<StationSettings> settings, String toolVersion) {
        this.history = history;
        this.firmware = firmware;
        this.firmwareSeals = firmwareSeals;
        this.settings = settings;
        this.toolVersion = toolVersion;
    }

    @Override
    public String write(Ticket ticket, Path pdf, boolean withNote) throws IOException {
        List<RestoreAttempt> attempts = history.attemptLog().forTicket(ticket);
        if (attempts.isEmpty()) {
            throw new IllegalArgumentException(text("report.noAttempts", ticket.toString()));
        }
        StationSettings shop = settings.get();
        Map<String, String> ipsws = ipswSha256BySha1();
        ReportContent.Issue issue = new ReportContent.Issue(shop.shopName(), shop.shopLocation(), shop.technician(),
                toolVersion, Instant.now().truncatedTo(ChronoUnit.SECONDS), withNote, KnowledgeFixNames.bundled());
        List<ReportLine> lines = ReportContent.lines(ticket, attempts, history.issuedReports().sources(ticket),
                sha1 -> Optional.ofNullable(ipsws.get(sha1)), issue);
        String contentSha256 = ReportContent.sha256(lines);
        byte[] file = ReportPdf.render(lines, ReportPdf.qrPayload(ticket.id(), contentSha256), contentSha256);
        OutputPdf.write(pdf, file);
        // recorded (and told to the shop's systems) only once the file is there
        history.issuedReports().record(ticket, sha256(file), contentSha256);
        return contentSha256;
    }

    /** Lower-case hex SHA-256 of a file's bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The SHA-256 of every IPSW in the firmware cache by its SHA-1; empty without a readable cache. */
    private Map<String, String> ipswSha256BySha1() {
        Map<String, String> bySha1 = new HashMap<>();
        if (!Files.isDirectory(firmware)) {
            return bySha1;
        }
        try {
            FirmwareStore store = new FirmwareStore(firmware, firmwareSeals, new IpswVerifier(), Clock.systemUTC());
            for (CachedBuild build : store.builds()) {
                if (build.sha1() != null) {
                    bySha1.put(build.sha1(), build.sha256());
                }
            }
        } catch (IOException e) {
            LOG.warn("the firmware cache cannot be read ({}); the report names no IPSW SHA-256", e.getMessage());
        }
        return bySha1;
    }
}
