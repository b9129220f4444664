package dev.restorestation.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/** The queue as a technician reads it: one line per restore, waiting ones by their place. */
final class QueueLines {

    private QueueLines() {
    }

    static void print(JsonNode queue, PrintWriter out) {
        if (queue.path("paused").asBoolean(false)) {
            out.println("Queue paused: no waiting restore starts until it resumes.");
        }
        if (queue.path("entries").isEmpty()) {
            out.println("No restores requested.");
            return;
        }
        out.printf("%-8s %-6s %-16s %-10s %-8s %s%n", "PLACE", "SLOT", "TICKET", "BUILD", "KIND", "STATE");
        for (JsonNode entry : queue.path("entries")) {
            String state = entry.path("state").asText();
            String place = state.equals("waiting") ? String.valueOf(entry.path("position").asInt()) : "-";
            String what = switch (state) {
                case "waiting" -> "waiting: " + entry.path("waitingLabel").asText();
                case "done" -> "done: " + entry.path("outcome").asText();
                default -> state;
            };
            out.printf("%-8s %-6s %-16s %-10s %-8s %s%n", place, entry.path("slot").asText(),
                    entry.path("ticket").asText(), entry.path("build").asText(), entry.path("kind").asText(), what);
        }
    }
}
