package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restorestation.advisor.AdvisorTexts;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.text.StationLanguage;
import java.io.PrintWriter;
import java.util.stream.StreamSupport;

/** The queue as a technician reads it: one line per restore, waiting ones by their place. */
final class QueueLines {

    private QueueLines() {
    }

    static void print(JsonNode queue, PrintWriter out) {
        if (queue.path("paused").asBoolean(false)) {
            out.println(text("queue.paused"));
        }
        if (queue.path("entries").isEmpty()) {
            out.println(text("queue.empty"));
            return;
        }
        int buildWidth = Math.max(10, Math.max(text("queue.column.build").length(),
                StreamSupport.stream(queue.path("entries").spliterator(), false).mapToInt(e -> build(e).length()).max().orElse(0)));
        String row = "%-8s %-6s %-16s %-" + buildWidth + "s %-8s %s%n";
        out.printf(row, text("queue.column.place"), text("queue.column.slot"),
                text("queue.column.ticket"), text("queue.column.build"), text("queue.column.kind"), text("queue.column.state"));
        for (JsonNode entry : queue.path("entries")) {
            String state = entry.path("state").asText();
            String place = state.equals("waiting") ? String.valueOf(entry.path("position").asInt()) : "-";
            String what = switch (state) {
                case "waiting" -> text("queue.waiting", text("waiting." + entry.path("waitingFor").asText()));
                case "done" -> text("queue.done", outcome(entry));
                case "running" -> text("queue.running");
                default -> state;
            };
            out.printf(row, place, entry.path("slot").asText(), entry.path("ticket").asText(), build(entry),
                    text("kind." + entry.path("kind").asText()), what);
        }
    }

    /** The build asked for or leased; none yet while it is the latest signed one. */
    private static String build(JsonNode entry) {
        return entry.path("build").isNull() ? text("queue.latestSigned") : entry.path("build").asText();
    }

    /** The outcome the running station names by id, in words; an id this station does not know, as it came. */
    private static String outcome(JsonNode entry) {
        String id = entry.path("outcome").asText();
        String category = entry.hasNonNull("category") ? category(entry.path("category").asText()) : "";
        return switch (id) {
            case "restored" -> text("queue.outcome.restored");
            case "failed" -> text("queue.outcome.failed", category);
            case "cancelled" -> text("queue.outcome.cancelled");
            case "not-started" -> text("queue.outcome.notStarted", category);
            case "signing-not-checked" -> text("queue.outcome.signingNotChecked");
            default -> id;
        };
    }

    private static String category(String id) {
        try {
            return AdvisorTexts.categoryName(ErrorCategory.fromId(id), StationLanguage.current());
        } catch (IllegalArgumentException unknown) {
            return id;
        }
    }
}
