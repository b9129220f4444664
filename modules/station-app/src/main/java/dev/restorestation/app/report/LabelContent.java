package dev.restorestation.app.report;

import dev.restorestation.core.history.RestoreAttempt;
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
        String model = attempt.productType() == null ? "model unknown" : attempt.productType();
        String name = attempt.productType() == null ? "Apple device" : names.apply(attempt.productType());
        var when = attempt.endedAt() != null ? attempt.endedAt() : attempt.startedAt();
        return new LabelContent(attempt.ticket().id(), List.of(
                name,
                model + " · ECID " + attempt.ecid().shortForm(),
                DATE.format(when.atZone(zone)) + " · " + attempt.kind().name().toLowerCase(Locale.ROOT),
                outcome(attempt),
                build(attempt)));
    }

    /** The outcome as the tile says it, short. */
    static String outcome(RestoreAttempt attempt) {
        return switch (attempt.outcome()) {
            case SUCCEEDED -> {
                Verification check = attempt.verification();
                if (check == null) {
                    yield "Restored · not checked";
                }
                yield switch (check.result()) {
                    case VERIFIED -> "Restored · verified on the device";
                    case NOT_SEEN -> "Restored · not seen again";
                    case WRONG_BUILD -> "Restored · device reports another build";
                };
            }
            case FAILED -> "Failed" + (attempt.category() == null ? "" : " · " + attempt.category().id())
                    + (attempt.appleCode() == null ? "" : " · error " + attempt.appleCode());
            case CANCELLED -> "Cancelled";
            case INTERRUPTED -> "Interrupted";
            case RUNNING -> "Restoring";
        };
    }

    /** The build the device reported when verified; else the build restored, said as such. */
    static String build(RestoreAttempt attempt) {
        Verification check = attempt.verification();
        if (check != null && check.deviceBuild() != null) {
            return (check.verified() ? "Verified build " : "Device build ") + check.deviceBuild();
        }
        return "Restored build " + (attempt.build() == null ? "unknown" : attempt.build());
    }
}
