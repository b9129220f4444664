package dev.restorestation.gui.bench;

import dev.restorestation.core.device.ButtonGuide;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.gui.Texts;
import java.util.Optional;

/**
 * One go at a DFU button guide, without a display: which step the hands are on after so many
 * milliseconds, and what the slot's device shows about how it went. Recovery or Normal mode count
 * only once the device has restarted (left the slot or changed mode), so a phone that starts in
 * Recovery is not judged before the buttons act on it.
 */
public final class DfuGuideRun {

    /** Counted down before the first step, so the hands find the buttons. */
    public static final int GET_READY_SECONDS = 3;
    /** How long past the last step the device has to show up in DFU mode. */
    public static final int GRACE_SECONDS = 10;

    /** How the run stands. */
    public enum Verdict { RUNNING, IN_DFU, CAME_UP_IN_RECOVERY, STARTED_NORMALLY, TIMED_OUT }

    /**
     * Where the hands are.
     *
     * @param step        the step's index, -1 while getting ready, the step count once every step is done
     * @param secondsLeft whole seconds left in that step, counted down (0 once done)
     */
    public record Position(int step, int secondsLeft) {
    }

    private final ButtonGuide.Sequence dfu;
    private final DeviceMode startMode;
    private boolean restarted;
    private Verdict verdict = Verdict.RUNNING;
    private Optional<DeviceMode> lastSeen;

    /** @param startMode the slot's device mode when the guide starts; empty when the slot is empty */
    public DfuGuideRun(ButtonGuide.Sequence dfu, Optional<DeviceMode> startMode) {
        this.dfu = dfu;
        this.startMode = startMode.orElse(null);
        this.lastSeen = startMode;
        if (startMode.isEmpty()) {
            restarted = true;
        }
        if (startMode.filter(mode -> mode == DeviceMode.DFU).isPresent()) {
            verdict = Verdict.IN_DFU;
        }
    }

    public Position at(long elapsedMillis) {
        long millis = elapsedMillis - GET_READY_SECONDS * 1000L;
        if (millis < 0) {
            return new Position(-1, seconds(-millis));
        }
        for (int i = 0; i < dfu.steps().size(); i++) {
            long length = dfu.steps().get(i).seconds() * 1000L;
            if (millis < length) {
                return new Position(i, seconds(length - millis));
            }
            millis -= length;
        }
        return new Position(dfu.steps().size(), 0);
    }

    private static int seconds(long millis) {
        return (int) ((millis + 999) / 1000);
    }

    /** Takes what the slot shows at {@code elapsedMillis} (empty: no device there) and says how the run stands. */
    public Verdict observe(Optional<DeviceMode> mode, long elapsedMillis) {
        if (verdict != Verdict.RUNNING) {
            return verdict;
        }
        lastSeen = mode;
        if (mode.isEmpty() || mode.get() != startMode) {
            restarted = true;
        }
        if (mode.filter(m -> m == DeviceMode.DFU).isPresent()) {
            verdict = Verdict.IN_DFU;
        } else if (restarted && mode.filter(m -> m == DeviceMode.RECOVERY).isPresent()) {
            verdict = Verdict.CAME_UP_IN_RECOVERY;
        } else if (restarted && mode.filter(m -> m == DeviceMode.NORMAL).isPresent()) {
            verdict = Verdict.STARTED_NORMALLY;
        } else if (elapsedMillis >= (GET_READY_SECONDS + dfu.seconds() + GRACE_SECONDS) * 1000L) {
            verdict = Verdict.TIMED_OUT;
        }
        return verdict;
    }

    public Verdict verdict() {
        return verdict;
    }

    /** The verdict in words for the technician, with what to do differently. */
    public String message() {
        return switch (verdict) {
            case RUNNING -> Texts.text("guide.watching");
            case IN_DFU -> Texts.text("guide.inDfu");
            case CAME_UP_IN_RECOVERY -> Texts.text("guide.cameUpInRecovery", dfu.release());
            case STARTED_NORMALLY -> Texts.text("guide.startedNormally", dfu.keep());
            case TIMED_OUT -> Texts.text("guide.timedOut", GRACE_SECONDS, lastSeen
                    .map(mode -> Texts.text("mode." + mode.name() + ".long"))
                    .orElse(Texts.text("guide.noDevice")));
        };
    }
}
