package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptCsv;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.export.AttemptTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What {@code station history} prints for one question, worked out wherever the history is open:
 * in the command, or in the running station that holds it.
 *
 * @param ticket one of ticket, ecid and all is set
 * @param format {@code table}, {@code json} or {@code csv}
 */
record HistoryListing(String ticket, String ecid, boolean all, String format) {

    static final String TABLE = "table";
    static final String JSON = "json";
    static final String CSV = "csv";

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

    /** Checks the question before any history is opened; bad input throws IllegalArgumentException. */
    HistoryListing {
        if (ticket != null) {
            TypedValues.ticket(ticket);
        } else if (ecid != null) {
            TypedValues.ecid(ecid);
        } else if (!all) {
            throw new IllegalArgumentException(text("history.nameSomething"));
        }
        if (!List.of(TABLE, JSON, CSV).contains(format)) {
            throw new IllegalArgumentException("unknown history format: " + format);
        }
    }

    /** The attempts that answer the question. */
    List<RestoreAttempt> select(AttemptLog log) {
        if (ticket != null) {
            return log.forTicket(new Ticket(ticket));
        }
        if (ecid != null) {
            return log.forDevice(Ecid.parse(ecid));
        }
        return log.all();
    }

    /** The whole output, line ends included. */
    String render(List<RestoreAttempt> attempts) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (format.equals(JSON)) {
            out.println(CommandLineOutput.json(attempts.stream().map(AttemptJson::of).toList()));
        } else if (format.equals(CSV)) {
            try {
                AttemptCsv.write(attempts, out);
            } catch (IOException e) {
                throw new StationException(text("history.csvFailed", e.getMessage()));
            }
        } else if (attempts.isEmpty()) {
            out.println(nothingFound());
        } else {
            heading(attempts.get(attempts.size() - 1)).forEach(out::println);
            AttemptTable.lines(attempts, ZoneId.systemDefault(), header(), WORDS).forEach(out::println);
        }
        out.flush();
        return text.toString();
    }

    private static final AttemptTable.Words WORDS = new AttemptTable.Words(
            kind -> text("kind." + kind.name().toLowerCase(Locale.ROOT)), outcome -> text("outcome." + outcome.name()),
            check -> switch (check.result()) {
                case VERIFIED -> text("history.onDevice.verified", String.valueOf(check.deviceBuild()));
                case WRONG_BUILD -> text("history.onDevice.wrongBuild", check.deviceBuild() == null ? "?" : check.deviceBuild());
                case NOT_SEEN -> text("history.onDevice.notSeen");
            });

    private static List<String> header() {
        return List.of(text("history.column.id"), text("history.column.started"), text("history.column.ticket"), "ECID",
                text("history.column.model"), text("history.column.slot"), text("history.column.build"),
                text("history.column.kind"), text("history.column.outcome"), text("history.column.error"),
                text("history.column.fixes"), text("history.column.onDevice"));
    }

    /** What the shop wrote on the ticket, or the device's serial number, above the table. */
    private List<String> heading(RestoreAttempt latest) {
        if (ticket != null && latest.customerNote() != null) {
            return List.of(text("history.customerNote", latest.customerNote().replaceAll("\\s*\\R\\s*", " / ")), "");
        }
        if (ecid != null && latest.serialNumber() != null) {
            return List.of(text("history.serialNumber", latest.serialNumber()), "");
        }
        return List.of();
    }

    private String nothingFound() {
        if (ticket != null) {
            return text("history.noneForTicket", new Ticket(ticket).toString());
        }
        if (ecid != null) {
            return text("history.noneForDevice", Ecid.parse(ecid).toString());
        }
        return text("history.noneYet");
    }
}
