package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

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
        out.printf("%-8s %-6s %-16s %-10s %-8s %s%n", text("queue.column.place"), text("queue.column.slot"),
                text("queue.column.ticket"), text("queue.column.build"), text("queue.column.kind"), text("queue.column.state"));
        for (JsonNode entry : queue.path("entries")) {
            String state = entry.path("state").asText();
            String place = state.equals("waiting") ? String.valueOf(entry.path("position").asInt()) : "-";
            String what = switch (state) {
                case "waiting" -> text("queue.waiting", text("waiting." + entry.path("waitingFor").asText()));
                case "done" -> text("queue.done", entry.path("outcome").asText());
                case "running" -> text("queue.running");
                default -> state;
            };
            out.printf("%-8s %-6s %-16s %-10s %-8s %s%n", place, entry.path("slot").asText(),
                    entry.path("ticket").asText(), entry.path("build").asText(), text("kind." + entry.path("kind").asText()), what);
        }
    }
}
