package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restorestation.app.channel.ChannelRequests;
import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.RestoreQueue;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The {@code queue} request a running station answers from its bench's {@link RestoreQueue}: every
 * requested restore with its place and what holds it back, after an optional change ({@code pause},
 * {@code resume}, or {@code up}, {@code down}, {@code remove} of the waiting restore in a slot).
 * Only a running station answers it: the queue is in its memory, not in the history.
 */
public final class QueueRequests {

    static final String QUEUE = "queue";

    private QueueRequests() {
    }

    public static ChannelRequests register(ChannelRequests requests, RestoreQueue queue) {
        return requests.on(QUEUE, params -> {
            act(queue, params.path("action").asText("show"), params.path("slot").asText(""));
            return describe(queue);
        });
    }

    private static void act(RestoreQueue queue, String action, String slot) throws ChannelRequests.Refused {
        switch (action) {
            case "show" -> { }
            case "pause" -> queue.pause(true);
            case "resume" -> queue.pause(false);
            case "up" -> move(queue, slot, "queue.alreadyFirst", entry -> queue.moveUp(entry.ecid()));
            case "down" -> move(queue, slot, "queue.alreadyLast", entry -> queue.moveDown(entry.ecid()));
            case "remove" -> move(queue, slot, "queue.alreadyGone", entry -> queue.remove(entry.ecid()));
            default -> throw new ChannelRequests.Refused(text("queue.noSuchAction", action));
        }
    }

    /** @param already the text's key for a restore that is where the change would put it */
    private static void move(RestoreQueue queue, String slot, String already, Predicate<QueueEntry> change)
            throws ChannelRequests.Refused {
        QueueEntry waiting = queue.entries().stream()
                .filter(entry -> entry.state() == QueueEntry.State.WAITING && entry.slot().equals(slot))
                .findFirst()
                .orElseThrow(() -> new ChannelRequests.Refused(text("queue.noWaitingRestore", slot)));
        if (!change.test(waiting)) {
            throw new ChannelRequests.Refused(text(already, slot));
        }
    }

    static JsonNode describe(RestoreQueue queue) {
        ObjectNode answer = HistoryRequests.JSON.createObjectNode().put("paused", queue.paused());
        ArrayNode entries = answer.putArray("entries");
        for (QueueEntry entry : queue.entries()) {
            ObjectNode each = entries.addObject()
                    .put("state", entry.state().name().toLowerCase(Locale.ROOT))
                    .put("position", entry.position())
                    .put("slot", entry.slot())
                    .put("ticket", entry.ticket())
                    .put("ecid", entry.ecid().toString())
                    .put("build", entry.build().isEmpty() ? null : entry.build())
                    .put("kind", entry.kind().name().toLowerCase(Locale.ROOT));
            if (entry.waitingFor() != null) {
                each.put("waitingFor", entry.waitingFor().id()).put("waitingLabel", entry.waitingFor().label());
            }
            if (entry.outcome() != null) {
                each.put("outcome", entry.outcome().id());
                if (entry.outcome().category() != null) {
                    each.put("category", entry.outcome().category().id());
                }
            }
        }
        return answer;
    }
}
