package dev.restorestation.gui.bench;

import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.HubLayout;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.restore.WaitingReason;
import dev.restorestation.gui.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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
                    + (running.queued() ? "" : " · " + elapsed(Duration.between(running.startedAt(), now)));
        }
        if (job instanceof JobState.Succeeded succeeded) {
            return restored(succeeded);
        }
        if (job instanceof JobState.Failed failed) {
            return headline(failed.diagnosis());
        }
        if (job instanceof JobState.Cancelled) {
            return Texts.text("tile.cancelled");
        }
        if (job instanceof JobState.NotStarted notStarted) {
            return notStarted.signingUnchecked() ? Texts.text("tile.notStarted.unchecked")
                    : Texts.text("tile.notStarted", Texts.text("category." + notStarted.diagnosis().category().id()));
        }
        if (!tile.present()) {
            return tile.ticket() == null ? "" : Texts.text("tile.unplugged");
        }
        if (tile.device().problem() != null) {
            return tile.device().problem().text();
        }
        return Texts.text(tile.ticket() == null ? "tile.ready.noTicket" : "tile.ready");
    }

    /** A failed or refused tile's headline without its leading word, for a tile too narrow for the whole one. */
    static Optional<String> shortStatus(SlotTile tile) {
        if (tile.job() instanceof JobState.Failed failed) {
            Diagnosis diagnosis = failed.diagnosis();
            String category = Texts.text("category." + diagnosis.category().id());
            Integer code = diagnosis.appleCode() != null ? diagnosis.appleCode() : diagnosis.statusCode();
            return Optional.of(code == null ? category : code + " · " + category);
        }
        if (tile.job() instanceof JobState.NotStarted notStarted && !notStarted.signingUnchecked()) {
            return Optional.of(Texts.text("category." + notStarted.diagnosis().category().id()));
        }
        return Optional.empty();
    }

    /**
     * The device's name: the model's, or for a model the bench could not tell, what is known of it
     * in the station's language (the device layer's own description stays English for JSON and logs).
     */
    static String deviceName(DeviceSnapshot device) {
        if (device.productType() != null) {
            return device.name();
        }
        if (device.board() != null) {
            return Texts.text("device.unknown.board", String.format(Locale.ROOT, "%04X", device.board().chipId()),
                    String.format(Locale.ROOT, "%02X", device.board().boardId()));
        }
        return switch (device.mode()) {
            case DFU -> Texts.text("device.unknown.dfu");
            case RECOVERY -> Texts.text("device.unknown.recovery");
            default -> Texts.text("device.unknown");
        };
    }

    /** Restored, and what the device said when it came back; the time it took when it was not checked. */
    static String restored(JobState.Succeeded succeeded) {
        Verification check = succeeded.verification();
        if (check == null) {
            return Texts.text("tile.restored.in", elapsed(succeeded.took()));
        }
        return switch (check.result()) {
            case VERIFIED -> Texts.text("tile.restored.verified");
            case NOT_SEEN -> Texts.text("tile.restored.notSeen");
            case WRONG_BUILD -> check.deviceBuild() == null ? Texts.text("tile.restored.noBuild")
                    : Texts.text("tile.restored.wrongBuild", check.deviceBuild());
        };
    }

    /** The lines under the status: what to try first, why nothing ran, else the customer note. */
    static String detail(SlotTile tile) {
        JobState job = tile.job();
        if (job instanceof JobState.Failed failed) {
            if (!failed.advice().escalation().isEmpty()) {
                return failed.advice().escalation();
            }
            return failed.advice().fixes().stream().findFirst().map(TileText::tryFirst).orElse(failed.diagnosis().localizedSummary());
        }
        if (job instanceof JobState.NotStarted notStarted) {
            return notStarted.advice() == null ? notStarted.diagnosis().localizedSummary()
                    : notStarted.diagnosis().localizedSummary() + ". " + notStarted.advice().fixes().stream().findFirst()
                            .map(TileText::tryFirst).orElse("");
        }
        if (!tile.present() && job instanceof JobState.Running) {
            return Texts.text("tile.leftSlot");
        }
        String note = tile.note() == null ? "" : Texts.text("tile.note", oneLine(tile.note()));
        if (tile.present() && tile.build() != null && job instanceof JobState.Idle) {
            return Texts.text("tile.gets", build(tile)) + (note.isEmpty() ? "" : "\n" + note);
        }
        return note;
    }

    /** "23B85 (iOS 26.1), latest signed", "22F76 (iOS 18.5), chosen"; the words for a build not looked up yet. */
    static String build(SlotTile tile) {
        BuildOption build = tile.build();
        if (build == null) {
            return Texts.text("tile.build.latestSigned");
        }
        String qualities = tile.buildChosen() ? Texts.text("tile.build.chosen") : build.qualities();
        return qualities.isEmpty() ? build.describe() : build.describe() + ", " + qualities;
    }

    /** Where the device is plugged in: its port path and speed, and what its place in the hub tree is warned with. */
    static String port(DeviceSnapshot device, Optional<PortWarning> warning) {
        String path = HubLayout.hubsDeep(device.slot().portPath()).isPresent() ? device.slot().portPath()
                : Texts.text("tile.port.unknown");
        String speed = device.portSpeed().shortLabel();
        String text = Texts.text("tile.port", path);
        return warning.map(w -> text + " · ⚠ " + w.brief()).orElse(speed.isEmpty() ? text : text + " · " + speed);
    }

    /** A customer note's line breaks and runs of blanks as single spaces. */
    static String oneLine(String note) {
        return note.replaceAll("\\s+", " ");
    }

    static String headline(Diagnosis diagnosis) {
        String code = diagnosis.appleCode() != null ? Texts.text("tile.error", String.valueOf(diagnosis.appleCode()))
                : diagnosis.statusCode() != null ? Texts.text("tile.status", String.valueOf(diagnosis.statusCode()))
                : Texts.text("tile.failed");
        return code + " · " + Texts.text("category." + diagnosis.category().id());
    }

    static String tryFirst(Fix fix) {
        String evidence = fix.evidence().isEmpty() ? "" : " (" + fix.evidence() + ")";
        return Texts.text("tile.tryFirst", lowerFirst(fix.text())) + evidence;
    }

    static String progress(RestoreUpdate update) {
        switch (update.phase()) {
            case QUEUED:
                // its place and what holds it back, when the queue has said; short, so both fit a tile
                String message = update.message();
                String place = update.inLine() == 0 ? "" : inLine(update.inLine());
                String queued = place.isEmpty() ? Texts.text("tile.queued") : Texts.text("tile.queued.place", Texts.text("tile.queued"), place);
                return message.isEmpty() || message.equals(update.phase().label()) ? queued : queued + " · " + waitingFor(message);
            case FIRMWARE:
                return Texts.text("tile.phase.firmware");
            case SIGNING_CHECK:
                return Texts.text("tile.phase.signing");
            case VERIFYING:
                return Texts.text("tile.phase.verifying");
            case FINISHED:
                return Texts.text("tile.phase.finished");
            default:
                break;
        }
        String step = Texts.text("step." + update.step().name());
        return update.fraction() >= 0 ? Texts.text("tile.step.percent", step, Math.round(update.fraction() * 100)) : step;
    }

    /** The queue says what holds a restore back in a reason's words; the station's own words for it when it has them. */
    private static String waitingFor(String message) {
        return Arrays.stream(WaitingReason.values()).filter(reason -> reason.label().equals(message)).findFirst()
                .map(reason -> Texts.text("waiting." + reason.name())).orElse(message);
    }

    /**
     * A place in the queue: "next", "2nd", "11th", "23rd"; the English ending picks the pattern, and
     * Spanish ("2.º") and German ("Platz 2") write every ending alike.
     */
    static String inLine(int place) {
        if (place == 1) {
            return Texts.text("tile.inLine.next");
        }
        int lastTwo = place % 100;
        String ending = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (place % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return Texts.text("tile.inLine." + ending, place);
    }

    /** "~4 min left" when the restore's end is estimated; empty rather than a guess. */
    static Optional<String> left(JobState.Running running, Instant now) {
        if (running.doneBy() == null) {
            return Optional.empty();
        }
        long minutes = (Duration.between(now, running.doneBy()).toSeconds() + 59) / 60;
        if (minutes <= 1) {
            return Optional.of(Texts.text("tile.left.underMinute"));
        }
        return Optional.of(minutes < 60 ? Texts.text("tile.left.minutes", minutes)
                : Texts.text("tile.left.hours", minutes / 60, String.format(Locale.ROOT, "%02d", minutes % 60)));
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
