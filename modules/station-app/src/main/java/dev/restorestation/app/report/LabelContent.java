package dev.restorestation.app.report;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.Verification;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a device label says of one attempt: the ticket first, then the device, its model and the
 * tail of its ECID, the restore's date and outcome, and the build the device was seen running.
 *
 * @param ticket   the ticket as the shop writes it; the QR code holds it exactly
 * @param details  the lines under the ticket, top to bottom
 */
public record LabelContent(String ticket, List<String> details) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public LabelContent {
        Objects.requireNonNull(ticket, "ticket");
        details = List.copyOf(details);
    }

    /**
     * The label of {@code attempt}; {@code names} gives a device's name by its product type,
     * {@code zone} the shop's time zone for the date.
     */
    public static LabelContent of(RestoreAttempt attempt, Function<String, String> names, ZoneId zone) {
        String model = attempt.productType() == null ? text("label.modelUnknown") : attempt.productType();
        String name = attempt.productType() == null ? text("label.appleDevice") : names.apply(attempt.productType());
        var when = attempt.endedAt() != null ? attempt.endedAt() : attempt.startedAt();
        return new LabelContent(attempt.ticket().id(), List.of(
                name,
                model + " · ECID " + attempt.ecid().shortForm(),
                DATE.format(when.atZone(zone)) + " · " + text("kind." + attempt.kind().name().toLowerCase(Locale.ROOT)),
                outcome(attempt),
                build(attempt)));
    }

    /** The outcome as the tile says it, short. */
    static String outcome(RestoreAttempt attempt) {
        return switch (attempt.outcome()) {
            case SUCCEEDED -> {
                Verification check = attempt.verification();
                if (check == null) {
                    yield text("label.restoredNotChecked");
                }
                yield switch (check.result()) {
                    case VERIFIED -> text("label.restoredVerified");
                    case NOT_SEEN -> text("label.restoredNotSeen");
                    case WRONG_BUILD -> text("label.restoredWrongBuild");
                };
            }
            case FAILED -> text("label.failed") + (attempt.category() == null ? "" : " · " + attempt.category().id())
                    + (attempt.appleCode() == null ? "" : " · " + text("events.error", String.valueOf(attempt.appleCode())));
            case CANCELLED -> text("label.cancelled");
            case INTERRUPTED -> text("label.interrupted");
            case RUNNING -> text("label.restoring");
        };
    }

    /**
     * The build the device reported when verified; else the build restored, said as such, or for an
     * attempt that did not succeed the build it tried: a failed restore must not read "Restored".
     */
    static String build(RestoreAttempt attempt) {
        Verification check = attempt.verification();
        if (check != null && check.deviceBuild() != null) {
            return text(check.verified() ? "label.verifiedBuild" : "label.deviceBuild", check.deviceBuild());
        }
        String build = attempt.build() == null ? text("label.unknown") : attempt.build();
        return text(attempt.outcome() == AttemptOutcome.SUCCEEDED ? "label.restoredBuild" : "label.triedBuild", build);
    }
}
