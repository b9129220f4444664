package dev.restorestation.gui.history;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.Texts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** What the technician searches the history for: a ticket, a device, some days, or everything. */
sealed interface HistoryQuery {

    /** The search field's kinds, in the order the form offers them. */
    enum Kind {
        TICKET, ECID, SERIAL, SLOT, DATE, ALL;

        @Override
        public String toString() {
            return Texts.text("history.kind." + name());
        }
    }

    Kind kind();

    /** The text the search field shows for this query. */
    String text();

    /** Words for the result's heading. */
    String describe();

    /** The matching attempts, oldest first. Blocking: never on the UI thread. */
    List<RestoreAttempt> run(AttemptLog log, ZoneId zone);

    record ByTicket(Ticket ticket) implements HistoryQuery {
        public Kind kind() {
            return Kind.TICKET;
        }

        public String text() {
            return ticket.id();
        }

        public String describe() {
            return Texts.text("history.describe.ticket", ticket.id());
        }

        public List<RestoreAttempt> run(AttemptLog log, ZoneId zone) {
            return oldestFirst(log.forTicket(ticket));
        }
    }

    record ByDevice(Ecid ecid) implements HistoryQuery {
        public Kind kind() {
            return Kind.ECID;
        }

        public String text() {
            return "0x" + ecid.hex();
        }

        public String describe() {
            return Texts.text("history.describe.ecid", ecid.hex());
        }

        public List<RestoreAttempt> run(AttemptLog log, ZoneId zone) {
            return oldestFirst(log.forDevice(ecid));
        }
    }

    record BySerialNumber(String serialNumber) implements HistoryQuery {
        public Kind kind() {
            return Kind.SERIAL;
        }

        public String text() {
            return serialNumber;
        }

        public String describe() {
            return Texts.text("history.describe.serial", serialNumber);
        }

        public List<RestoreAttempt> run(AttemptLog log, ZoneId zone) {
            return oldestFirst(log.forSerialNumber(serialNumber));
        }
    }

    record BySlot(String slot) implements HistoryQuery {
        public Kind kind() {
            return Kind.SLOT;
        }

        public String text() {
            return slot;
        }

        public String describe() {
            return Texts.text("tile.slot", slot);
        }

        public List<RestoreAttempt> run(AttemptLog log, ZoneId zone) {
            return oldestFirst(log.inSlot(slot));
        }
    }

    /** Attempts started on the days {@code from} to {@code to}, both included, in the shop's time zone. */
    record ByDays(LocalDate from, LocalDate to) implements HistoryQuery {
        public ByDays {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
            }
        }

        public Kind kind() {
            return Kind.DATE;
        }

        public String text() {
            return from.equals(to) ? from.toString() : Texts.text("history.range", from.toString(), to.toString());
        }

        public String describe() {
            DateTimeFormatter date = DateTimeFormatter.ofPattern(Texts.text("history.date.format"));
            return from.equals(to) ? Texts.text("history.describe.day", date.format(from))
                    : Texts.text("history.describe.days", date.format(from), date.format(to));
        }

        public List<RestoreAttempt> run(AttemptLog log, ZoneId zone) {
            return oldestFirst(log.startedBetween(from.atStartOfDay(zone).toInstant(),
                    to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
    }

    record Everything() implements HistoryQuery {
        public Kind kind() {
            return Kind.ALL;
        }

        public String text() {
            return "";
        }

        public String describe() {
            return Texts.text("history.kind.ALL");
        }

        public List<RestoreAttempt> run(AttemptLog log, ZoneId zone) {
            return oldestFirst(log.all());
        }
    }

    /**
     * Reads the search field: a ticket as typed, an ECID in hex or decimal, a serial number, a
     * slot ("4" or "Slot 4"), a day
     * ({@code 2026-11-23}) or a range ({@code 2026-11-01 to 2026-11-23}).
     *
     * @throws IllegalArgumentException with a one-line reason when the text does not fit the kind
     */
    static HistoryQuery parse(Kind kind, String text) {
        String typed = text == null ? "" : text.strip();
        return switch (kind) {
            case TICKET -> {
                if (typed.isEmpty()) {
                    throw new IllegalArgumentException(Texts.text("history.problem.ticket"));
                }
                yield new ByTicket(new Ticket(typed));
            }
            case ECID -> new ByDevice(Ecid.parse(typed));
            case SERIAL -> {
                if (!typed.matches("[A-Za-z0-9]{8,20}")) {
                    throw new IllegalArgumentException(Texts.text("history.problem.serial", typed));
                }
                yield new BySerialNumber(typed.toUpperCase(Locale.ROOT));
            }
            case SLOT -> {
                String slot = typed.replaceFirst("(?i)^(?:slot|" + Pattern.quote(Texts.text("history.slotWord")) + ")\\s*", "");
                if (slot.isEmpty()) {
                    throw new IllegalArgumentException(Texts.text("history.problem.slot"));
                }
                yield new BySlot(slot);
            }
            case DATE -> days(typed);
            case ALL -> new Everything();
        };
    }

    private static ByDays days(String typed) {
        String[] ends = typed.toLowerCase(Locale.ROOT).split("\\s*(?:\\bto\\b|\\b" + Pattern.quote(Texts.text("history.rangeWord"))
                + "\\b|\\.\\.)\\s*");
        try {
            if (ends.length == 1) {
                LocalDate day = LocalDate.parse(ends[0]);
                return new ByDays(day, day);
            }
            if (ends.length == 2) {
                return new ByDays(LocalDate.parse(ends[0]), LocalDate.parse(ends[1]));
            }
        } catch (DateTimeParseException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException(Texts.text("history.problem.date", typed));
    }

    private static List<RestoreAttempt> oldestFirst(List<RestoreAttempt> attempts) {
        return attempts.stream()
                .sorted(Comparator.comparing(RestoreAttempt::startedAt).thenComparingLong(RestoreAttempt::id))
                .toList();
    }
}
