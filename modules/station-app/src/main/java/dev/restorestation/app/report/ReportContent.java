package dev.restorestation.app.report;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.app.text.AppText;
import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.Verification;
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

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * What the report is made of besides the attempts.
     *
     * @param fixes the words of the fixes tried, as the advisor offered them
     */
    public record Issue(String shopName, String shopLocation, String technician, String toolVersion,
                        Instant issuedAt, boolean withNote, FixNames fixes) {
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
        lines.add(ReportLine.title(text("pdf.title")));
        lines.add(ReportLine.field(text("pdf.ticket"), ticket.id()));
        lines.add(ReportLine.field(text("pdf.issued"), WHEN.format(issue.issuedAt())));
        lines.add(ReportLine.heading(text("pdf.performedBy")));
        lines.add(ReportLine.field(text("pdf.shop"), orNotSet(issue.shopName())));
        lines.add(ReportLine.field(text("pdf.location"), orNotSet(issue.shopLocation())));
        lines.add(ReportLine.field(text("pdf.technician"), known(record.technician() == null || record.technician().isBlank()
                ? issue.technician() : record.technician())));
        lines.add(ReportLine.field(text("pdf.station"), known(source.station())));
        lines.add(ReportLine.heading(text("pdf.device")));
        lines.add(ReportLine.field(text("pdf.manufacturer"), "Apple Inc."));
        lines.add(ReportLine.field(text("pdf.model"), model(source.deviceName(), record.productType())));
        lines.add(ReportLine.field(text("pdf.serialNumber"), known(record.serialNumber())));
        lines.add(ReportLine.field("ECID", record.ecid().engineArgument()));
        lines.add(ReportLine.heading(text("pdf.sanitization")));
        lines.add(ReportLine.field(text("pdf.method"), text(done.isEmpty() ? "pdf.method.notCompleted"
                : record.kind() == RestoreKind.ERASE ? "pdf.method.purge" : "pdf.method.none")));
        lines.add(ReportLine.field(text("pdf.tool"), "Restore Station " + issue.toolVersion()));
        lines.add(ReportLine.field(text("pdf.engine"), engine(record.engine(), source.engineVersion())));
        lines.add(ReportLine.field(text("pdf.firmwareBuild"), known(record.build())));
        lines.add(ReportLine.field("IPSW SHA-256", Optional.ofNullable(source.firmwareSha1()).flatMap(ipswSha256)
                .map(sha256 -> text("pdf.ipswVerified", sha256)).orElse(text("pdf.ipswNotCached"))));
        lines.add(ReportLine.field(text("pdf.verificationMethod"), text("pdf.verificationMethod.value")));
        lines.add(ReportLine.field(text("pdf.verificationResult"), verification(record)));
        // a ticket with no success did not complete: its last attempt only ended
        lines.add(ReportLine.field(text(done.isEmpty() ? "pdf.ended" : "pdf.completed"), record.endedAt() == null ? text("pdf.notFinished") : WHEN.format(record.endedAt())));
        lines.add(ReportLine.heading(text("pdf.attempts")));
        attempts.forEach(attempt -> attemptLines(attempt, issue.fixes(), lines));
        if (issue.withNote() && last.customerNote() != null) {
            lines.add(ReportLine.heading(text("pdf.customerNote")));
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

    private static void attemptLines(RestoreAttempt a, FixNames fixes, List<ReportLine> lines) {
        lines.add(ReportLine.text(text("pdf.attempt", String.valueOf(a.id()), WHEN.format(a.startedAt()),
                text("kind." + a.kind().name().toLowerCase(Locale.ROOT)), known(a.build()), known(a.slot()), a.outcome().name())));
        if (a.category() != null || a.appleCode() != null) {
            String code = a.appleCode() == null ? "" : text("diagnose.appleError", String.valueOf(a.appleCode())) + ", ";
            lines.add(ReportLine.field(text("pdf.error"), code + (a.category() == null ? "" : a.category().id())
                    + (a.summary() == null ? "" : ": " + a.summary())));
        }
        if (!a.fixesApplied().isEmpty()) {
            lines.add(ReportLine.field(text("pdf.fixesTried"), fixes.list(a.fixesApplied())));
        }
        if (a.outcome() == AttemptOutcome.SUCCEEDED) {
            lines.add(ReportLine.field(text("pdf.onTheDevice"), verification(a)));
        }
    }

    private static String verification(RestoreAttempt attempt) {
        if (attempt.outcome() != AttemptOutcome.SUCCEEDED) {
            return text("pdf.notVerified");
        }
        Verification check = attempt.verification();
        if (check == null) {
            return text("pdf.notChecked");
        }
        StringBuilder said = new StringBuilder(AppText.verification(check));
        if (check.verifiedAt() != null) {
            said.append(", ").append(text("pdf.readBack", WHEN.format(check.verifiedAt())));
        }
        if (check.deviceVersion() != null) {
            said.append(", iOS ").append(check.deviceVersion());
        }
        if (check.activationState() != null) {
            said.append(", ").append(text("pdf.activationState", check.activationState()));
        }
        return said.toString();
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
        return value == null || value.isBlank() ? text("pdf.notSet") : value;
    }

    private static String known(String value) {
        return value == null || value.isBlank() ? text("pdf.notRecorded") : value;
    }
}
