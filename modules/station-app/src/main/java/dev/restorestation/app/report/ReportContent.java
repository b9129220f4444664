package dev.restorestation.app.report;

import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.IssuedReports.AttemptSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The text of a ticket's restore and erasure report, laid out as the fields of a NIST SP 800-88
 * Rev. 1 sanitization record: who and where, the device, the method, the tool, the firmware, the
 * verification, the date, and every attempt. The report's hash covers exactly these lines.
 */
public final class ReportContent {

    static final String PURGE = "Purge — cryptographic erase by full restore";
    static final String NO_ERASE = "None — an update restore keeps the user's data; nothing was erased";
    static final String VERIFY_METHOD = "Device seen again in Normal mode in its slot; build read back from the "
            + "device (lockdownd, without pairing)";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** What the report is made of besides the attempts. */
    public record Issue(String shopName, String shopLocation, String technician, String toolVersion,
                        Instant issuedAt, boolean withNote) {
    }

    private ReportContent() {
    }

    /**
     * @param attempts    the ticket's attempts, oldest first; at least one
     * @param sources     where and with what each attempt ran, by attempt id
     * @param ipswSha256  the verified SHA-256 of an IPSW by its SHA-1, empty when the cache no longer has it
     */
    public static List<ReportLine> lines(Ticket ticket, List<RestoreAttempt> attempts, Map<Long, AttemptSource> sources,
                                         Function<String, Optional<String>> ipswSha256, Issue issue) {
        RestoreAttempt last = attempts.get(attempts.size() - 1);
        Optional<RestoreAttempt> done = attempts.stream().filter(a -> a.outcome() == AttemptOutcome.SUCCEEDED)
                .max(Comparator.comparingLong(RestoreAttempt::id));
        RestoreAttempt record = done.orElse(last);
        AttemptSource source = sources.getOrDefault(record.id(), new AttemptSource(null, null, null, null));
        List<ReportLine> lines = new ArrayList<>();
        lines.add(ReportLine.title("Restore and erasure report"));
        lines.add(ReportLine.field("Ticket", ticket.id()));
        lines.add(ReportLine.field("Issued", WHEN.format(issue.issuedAt())));
        lines.add(ReportLine.heading("Performed by"));
        lines.add(ReportLine.field("Shop", orNotSet(issue.shopName())));
        lines.add(ReportLine.field("Location", orNotSet(issue.shopLocation())));
        lines.add(ReportLine.field("Technician", known(record.technician() == null || record.technician().isBlank()
                ? issue.technician() : record.technician())));
        lines.add(ReportLine.field("Station", known(source.station())));
        lines.add(ReportLine.heading("Device"));
        lines.add(ReportLine.field("Manufacturer", "Apple Inc."));
        lines.add(ReportLine.field("Model", model(source.deviceName(), record.productType())));
        lines.add(ReportLine.field("Serial number", known(record.serialNumber())));
        lines.add(ReportLine.field("ECID", record.ecid().engineArgument()));
        lines.add(ReportLine.heading("Sanitization"));
        lines.add(ReportLine.field("Method", done.isEmpty() ? "Not completed — no attempt on this ticket succeeded"
                : record.kind() == RestoreKind.ERASE ? PURGE : NO_ERASE));
        lines.add(ReportLine.field("Tool", "Restore Station " + issue.toolVersion()));
        lines.add(ReportLine.field("Engine", engine(record.engine(), source.engineVersion())));
        lines.add(ReportLine.field("Firmware build", known(record.build())));
        lines.add(ReportLine.field("IPSW SHA-256", Optional.ofNullable(source.firmwareSha1()).flatMap(ipswSha256)
                .map(sha256 -> sha256 + " (verified before the restore)").orElse("not in this station's firmware cache")));
        lines.add(ReportLine.field("Verification method", VERIFY_METHOD));
        lines.add(ReportLine.field("Verification result", verification(record)));
        lines.add(ReportLine.field("Completed", record.endedAt() == null ? "not finished" : WHEN.format(record.endedAt())));
        lines.add(ReportLine.heading("Attempts on this ticket"));
        attempts.forEach(attempt -> attemptLines(attempt, lines));
        if (issue.withNote() && last.customerNote() != null) {
            lines.add(ReportLine.heading("Customer note"));
            last.customerNote().lines().map(ReportLine::text).forEach(lines::add);
        }
        return lines;
    }

    /** SHA-256 of the lines' canonical text, one a line (LF), in UTF-8: lower-case hex. */
    public static String sha256(List<ReportLine> lines) {
        String text = lines.stream().map(ReportLine::canonical).collect(Collectors.joining("\n", "", "\n"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void attemptLines(RestoreAttempt a, List<ReportLine> lines) {
        lines.add(ReportLine.text("Attempt " + a.id() + " · " + WHEN.format(a.startedAt()) + " · "
                + a.kind().name().toLowerCase(Locale.ROOT) + " · build " + known(a.build()) + " · slot "
                + known(a.slot()) + " · " + a.outcome().name()));
        if (a.category() != null || a.appleCode() != null) {
            String code = a.appleCode() == null ? "" : "Apple error " + a.appleCode() + ", ";
            lines.add(ReportLine.field("Error", code + (a.category() == null ? "" : a.category().id())
                    + (a.summary() == null ? "" : ": " + a.summary())));
        }
        if (!a.fixesApplied().isEmpty()) {
            lines.add(ReportLine.field("Fixes tried before it", String.join(", ", a.fixesApplied())));
        }
        if (a.outcome() == AttemptOutcome.SUCCEEDED) {
            lines.add(ReportLine.field("On the device", verification(a)));
        }
    }

    private static String verification(RestoreAttempt attempt) {
        if (attempt.outcome() != AttemptOutcome.SUCCEEDED) {
            return "not verified: the restore did not succeed";
        }
        Verification check = attempt.verification();
        if (check == null) {
            return "not checked: the device was not watched after the restore";
        }
        StringBuilder text = new StringBuilder(check.describe());
        if (check.verifiedAt() != null) {
            text.append(", read back ").append(WHEN.format(check.verifiedAt()));
        }
        if (check.deviceVersion() != null) {
            text.append(", iOS ").append(check.deviceVersion());
        }
        if (check.activationState() != null) {
            text.append(", activation state ").append(check.activationState());
        }
        return text.toString();
    }

    /** "idevicerestore 1.0.0"; the name alone when the version is unknown or says nothing more. */
    private static String engine(String name, String version) {
        return version == null || version.isBlank() || version.equals(name) ? name : name + " " + version;
    }

    private static String model(String name, String productType) {
        if (productType == null) {
            return known(name);
        }
        return name == null || name.isBlank() || name.equals(productType) ? productType : name + " (" + productType + ")";
    }

    private static String orNotSet(String value) {
        return value == null || value.isBlank() ? "not set in Settings" : value;
    }

    private static String known(String value) {
        return value == null || value.isBlank() ? "not recorded" : value;
    }
}
