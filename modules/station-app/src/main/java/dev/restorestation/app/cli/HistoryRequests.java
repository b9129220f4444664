package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.restorestation.app.assembly.DataDirectory;
import dev.restorestation.app.assembly.SettingsFile;
import dev.restorestation.app.assembly.StationVersion;
import dev.restorestation.app.channel.ChannelRequests;
import dev.restorestation.app.events.EventJson;
import dev.restorestation.app.events.WebhookEndpoint;
import dev.restorestation.app.events.WebhookSettings;
import dev.restorestation.app.report.LabelPrinter;
import dev.restorestation.app.report.TicketReportWriter;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.Outbox;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The requests the history answers, the same whether the command opened the history itself or a
 * running station that holds it answers over its channel: {@code history}, {@code report},
 * {@code report-verify}, {@code label}, {@code events} and {@code deliveries}. Parameters and results are JSON, so both ways give the same output.
 */
public final class HistoryRequests {

    static final String HISTORY = "history";
    static final String REPORT = "report";
    static final String REPORT_VERIFY = "report-verify";
    static final String LABEL = "label";
    static final String EVENTS = "events";
    static final String DELIVERIES = "deliveries";
    /** The most events one answer carries; a reader asks again from the last one it got. */
    static final int EVENTS_PER_ANSWER = 500;

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private HistoryRequests() {
    }

    /** Adds the history's requests to {@code requests}, answered from {@code history}. */
    public static ChannelRequests register(ChannelRequests requests, HistoryDatabase history, DataDirectory data) {
        return requests
                .on(HISTORY, params -> {
                    HistoryListing listing = parse(params, HistoryListing.class);
                    return JSON.createObjectNode().put("output", listing.render(listing.select(history.attemptLog())));
                })
                .on(REPORT, params -> report(history, data, params))
                .on(LABEL, params -> label(history, params))
                .on(REPORT_VERIFY, params -> history.issuedReports().find(params.path("sha256").asText(""))
                        .<JsonNode>map(issued -> JSON.valueToTree(Map.of("ticket", issued.ticket().id(),
                                "issuedAt", issued.issuedAt(), "station", issued.station())))
                        .orElse(NullNode.getInstance()))
                .on(EVENTS, params -> {
                    int limit = Math.max(1, Math.min(EVENTS_PER_ANSWER, params.path("limit").asInt(EVENTS_PER_ANSWER)));
                    List<EventJson> events = history.outbox().after(params.path("since").asLong(0), limit).stream()
                            .map(EventJson::of).toList();
                    return JSON.createObjectNode().set("events", JSON.valueToTree(events));
                })
                .on(DELIVERIES, params -> deliveries(data, history.outbox()::state));
    }

    /** How far each webhook endpoint of the data directory is with this station's events, and what was refused. */
    static JsonNode deliveries(DataDirectory data, BiFunction<String, Set<String>, Outbox.EndpointState> states)
            throws ChannelRequests.Refused {
        WebhookSettings settings;
        try {
            settings = WebhookSettings.read(data.root());
        } catch (IOException | IllegalArgumentException e) {
            throw new ChannelRequests.Refused(text("events.webhooks", e.getMessage()));
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode endpoints = answer.putArray("endpoints");
        for (WebhookEndpoint endpoint : settings.endpoints()) {
            Outbox.EndpointState state = states.apply(endpoint.uri().toString(), settings.events());
            endpoints.addObject().put("endpoint", endpoint.describe()).put("delivered", state.delivered())
                    .put("gaveUp", state.gaveUp()).put("waiting", state.waiting());
        }
        settings.refused().forEach(answer.putArray("refused")::add);
        return answer;
    }

    private static JsonNode report(HistoryDatabase history, DataDirectory data, JsonNode params)
            throws ChannelRequests.Refused {
        Path pdf = Path.of(params.path("pdf").asText(""));
        if (!pdf.isAbsolute()) {
            throw new ChannelRequests.Refused(text("report.absolutePath"));
        }
        try {
            Ticket ticket = new Ticket(params.path("ticket").asText(""));
            String content = new TicketReportWriter(history, data.firmware(), data.firmwareSeals(),
                    () -> new SettingsFile(data.settingsFile()).load(), StationVersion.get())
                    .write(ticket, pdf, params.path("withNote").asBoolean(false));
            return JSON.createObjectNode().put("contentSha256", content);
        } catch (IllegalArgumentException e) {
            throw new ChannelRequests.Refused(e.getMessage());
        } catch (IOException e) {
            throw new ChannelRequests.Refused(text("report.cannotWrite", pdf.toString(), e.getMessage()));
        }
    }

    /** The device label of the ticket's latest attempt, written to the absolute path {@code file}. */
    private static JsonNode label(HistoryDatabase history, JsonNode params) throws ChannelRequests.Refused {
        Path file = Path.of(params.path("file").asText(""));
        if (!file.isAbsolute()) {
            throw new ChannelRequests.Refused(text("label.absolutePath"));
        }
        try {
            Ticket ticket = new Ticket(params.path("ticket").asText(""));
            LabelSize size = LabelSize.parse(params.path("size").asText(""));
            List<RestoreAttempt> attempts = history.attemptLog().forTicket(ticket);
            if (attempts.isEmpty()) {
                throw new ChannelRequests.Refused(text("label.noAttempts", ticket.toString()));
            }
            RestoreAttempt latest = attempts.get(attempts.size() - 1);
            new LabelPrinter().save(latest, size, file);
            return JSON.createObjectNode().put("attemptId", latest.id()).put("size", size.toString());
        } catch (IllegalArgumentException e) {
            throw new ChannelRequests.Refused(e.getMessage());
        } catch (IOException e) {
            throw new ChannelRequests.Refused(text("label.cannotWrite", file.toString(), e.getMessage()));
        }
    }

    static <T> T parse(JsonNode params, Class<T> type) throws ChannelRequests.Refused {
        try {
            return JSON.treeToValue(params, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new ChannelRequests.Refused(text("channel.notUnderstood", e.getMessage().lines().findFirst().orElse("")));
        }
    }
}
