package dev.restorestation.gui.bench;

import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.HubLayout;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.restore.Verification;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The words a tile shows for each state, kept apart from the painting so they can be tested. */
final class TileText {

    private TileText() {
    }

    static String status(SlotTile tile, Instant now) {
        JobState job = tile.job();
        if (job instanceof JobState.Running running) {
            return progress(running.update()) + left(running, now).map(left -> " · " + left).orElse("")
                    + " · " + elapsed(Duration.between(running.startedAt(), now));
        }
        if (job instanceof JobState.Succeeded succeeded) {
            return restored(succeeded);
        }
        if (job instanceof JobState.Failed failed) {
            return headline(failed.diagnosis());
        }
        if (job instanceof JobState.Cancelled) {
            return "Cancelled";
        }
        if (job instanceof JobState.NotStarted notStarted) {
            return "Not started · " + notStarted.diagnosis().category().label();
        }
        if (!tile.present()) {
            return tile.ticket() == null ? "" : "Unplugged";
        }
        if (tile.device().problem() != null) {
            return tile.device().problem();
        }
        return tile.ticket() == null ? "Ready · assign a ticket" : "Ready";
    }

    /** Restored, and what the device said when it came back; the time it took when it was not checked. */
    static String restored(JobState.Succeeded succeeded) {
        Verification check = succeeded.verification();
        if (check == null) {
            return "✓ Restored in " + elapsed(succeeded.took());
        }
        return switch (check.result()) {
            case VERIFIED -> "✓ Restored · verified on the device";
            case NOT_SEEN -> "Restored · not seen again";
            case WRONG_BUILD -> "Restored · the device reports "
                    + (check.deviceBuild() == null ? "no build" : "build " + check.deviceBuild());
        };
    }

    /** The lines under the status: what to try first, why nothing ran, else the customer note. */
    static String detail(SlotTile tile) {
        JobState job = tile.job();
        if (job instanceof JobState.Failed failed) {
            if (!failed.advice().escalation().isEmpty()) {
                return failed.advice().escalation();
            }
            return failed.advice().fixes().stream().findFirst().map(TileText::tryFirst).orElse(failed.diagnosis().summary());
        }
        if (job instanceof JobState.NotStarted notStarted) {
            return notStarted.advice() == null ? notStarted.diagnosis().summary()
                    : notStarted.diagnosis().summary() + ". " + notStarted.advice().fixes().stream().findFirst()
                            .map(TileText::tryFirst).orElse("");
        }
        if (!tile.present() && job instanceof JobState.Running) {
            return "The device left its slot";
        }
        String note = tile.note() == null ? "" : "Note: " + oneLine(tile.note());
        if (tile.present() && tile.build() != null && job instanceof JobState.Idle) {
            return "Gets " + build(tile) + (note.isEmpty() ? "" : "\n" + note);
        }
        return note;
    }

    /** "23B85 (iOS 26.1), latest signed", "22F76 (iOS 18.5), chosen"; the words for a build not looked up yet. */
    static String build(SlotTile tile) {
        BuildOption build = tile.build();
        if (build == null) {
            return "the latest signed build";
        }
        String qualities = tile.buildChosen() ? "chosen" : build.qualities();
        return qualities.isEmpty() ? build.describe() : build.describe() + ", " + qualities;
    }

    /** Where the device is plugged in: its port path and speed, and what its place in the hub tree is warned with. */
    static String port(DeviceSnapshot device, Optional<HubLayout.Warning> warning) {
        String path = HubLayout.hubsDeep(device.slot().portPath()).isPresent() ? device.slot().portPath() : "unknown";
        String speed = device.portSpeed().shortLabel();
        String text = "Port " + path;
        return warning.map(w -> text + " · ⚠ " + w.brief()).orElse(speed.isEmpty() ? text : text + " · " + speed);
    }

    /** A customer note's line breaks and runs of blanks as single spaces. */
    static String oneLine(String note) {
        return note.replaceAll("\\s+", " ");
    }

    static String headline(Diagnosis diagnosis) {
        String code = diagnosis.appleCode() != null ? "Error " + diagnosis.appleCode()
                : diagnosis.statusCode() != null ? "Status " + diagnosis.statusCode() : "Failed";
        return code + " · " + diagnosis.category().label();
    }

    static String tryFirst(Fix fix) {
        String evidence = fix.evidence().isEmpty() ? "" : " (" + fix.evidence() + ")";
        return "Try first: " + lowerFirst(fix.text()) + evidence;
    }

    static String progress(RestoreUpdate update) {
        switch (update.phase()) {
            case QUEUED:
                // its place and what holds it back, when the queue has said; short, so both fit a tile
                String message = update.message();
                String place = update.inLine() == 0 ? "" : " " + inLine(update.inLine());
                return "Queued" + place + (message.isEmpty() || message.equals(update.phase().label()) ? "" : " · " + message);
            case FIRMWARE:
                return "Preparing firmware";
            case SIGNING_CHECK:
                return "Checking signing";
            case VERIFYING:
                return "Waiting for the device to come back";
            case FINISHED:
                return "Finishing";
            default:
                break;
        }
        String step = update.step().label();
        return update.fraction() >= 0 ? step + " " + Math.round(update.fraction() * 100) + "%" : step;
    }

    /** A place in the queue: "next", "2nd", "11th", "23rd". */
    static String inLine(int place) {
        if (place == 1) {
            return "next";
        }
        int lastTwo = place % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (place % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return place + suffix;
    }

    /** "~4 min left" when the restore's end is estimated; empty rather than a guess. */
    static Optional<String> left(JobState.Running running, Instant now) {
        if (running.doneBy() == null) {
            return Optional.empty();
        }
        long minutes = (Duration.between(now, running.doneBy()).toSeconds() + 59) / 60;
        if (minutes <= 1) {
            return Optional.of("<1 min left");
        }
        return Optional.of(minutes < 60 ? "~" + minutes + " min left"
                : String.format(Locale.ROOT, "~%d h %02d min left", minutes / 60, minutes % 60));
    }

    static String elapsed(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
