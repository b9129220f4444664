package dev.restorestation.restore.log;

import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineEvent.Checkpoint;
import dev.restorestation.core.restore.EngineEvent.DeviceOperation;
import dev.restorestation.core.restore.EngineEvent.LogLine;
import dev.restorestation.core.restore.EngineEvent.StatusMessage;
import dev.restorestation.core.restore.EngineEvent.StepProgress;
import dev.restorestation.core.restore.EngineLogLevel;
import dev.restorestation.core.restore.RestoreStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one line of idevicerestore output into events: always a {@link LogLine}, then whatever the
 * line means (progress, device operation, status, checkpoint). Reads both the old console format
 * ({@code ERROR: …}) and the new log format ({@code 09:38:32.205   <Error> …}). Not thread-safe:
 * it remembers the last step, so that a bare progress bar belongs to it.
 */
public final class EngineLineParser {

    private static final Pattern NEW_FORMAT =
            Pattern.compile("^\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\s*<(Error|Warning|Notice|Info|Verbose|Debug)>\\s?(.*)$");
    /** A front end's time stamp before the engine's line: {@code [12:11:50.663][14968] : }, {@code 20:17:39.098:  }. */
    private static final Pattern WRAPPER_TIME = Pattern.compile("^\\[?\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})?\\]?(?:\\[\\d{1,9}\\])?\\s*:\\s+");
    /** futurerestore's own marks: {@code [Error] }, and {@code what=} before the error that ended it. */
    private static final Pattern FRONT_END_ERROR = Pattern.compile("^(?:\\[Error\\]|what=)\\s*(.*)$");
    private static final Pattern OLD_PREFIX = Pattern.compile("^(ERROR|WARNING|NOTE|INFO):\\s*(.*)$");
    private static final Pattern INNER_LEVEL = Pattern.compile("^\\S+: (ERROR|WARNING): .*$");
    private static final Pattern BAR = Pattern.compile("^\\[[=#>\\- ]*\\]\\s*(\\d{1,3}(?:\\.\\d+)?)%\\s*(.*)$");
    // numbers are at most 9 digits so that any line parses: longer ones are not what the engine prints
    private static final Pattern PROGRESS = Pattern.compile("^progress: (-?\\d{1,9}) ([-+]?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?)\\s*$");
    private static final Pattern STATUS = Pattern.compile("^Status: (.+?)\\s*$");
    private static final Pattern UNHANDLED_STATUS = Pattern.compile("^Unhandled status message \\((-?\\d{1,9})\\)");
    private static final Pattern OPERATION = Pattern.compile("^([A-Z][A-Za-z /,'-]*[A-Za-z]) \\((\\d{1,5})\\)\\s*$");
    private static final Pattern CHECKPOINT_FAILURE =
            Pattern.compile("CHECKPOINT FAILURE:\\(FAILURE:(-?\\d{1,9})\\)\\s*(?:\\S+:\\[[^]]*]\\s*)?(\\S*)\\s*(?:\\[\\d+]D\\((.*)\\))?");
    private static final Pattern CHECKPOINT_FAILURE_ID =
            Pattern.compile("Checkpoint FAILURE id: (0x[0-9A-Fa-f]+) result=(-?\\d{1,9}):?\\s*(.*)$");
    private static final Pattern CHECKPOINT_COMPLETE = Pattern.compile("Checkpoint (\\S+) complete with code (-?\\d{1,9})\\b");
    private static final Pattern STEP_CODE = Pattern.compile("restore-step-codes = \\{([^:{}]+):\\{\\d+:(-?\\d{1,9})}");
    private static final Pattern STEP_DOMAIN = Pattern.compile("restore-step-domains = \\{([^:{}]+):\\{\\d+:\"?([A-Za-z]+)\"?}");

    /** The status texts restored sends, with their numbers (SEP firmware is 50 or 51, so no number). */
    private static final Map<String, Integer> STATUS_CODES = Map.of(
            "restore finished", 0,
            "verification error", -1,
            "disk failure", 6,
            "fail", 14,
            "failed to mount filesystems", 27,
            "failed to recover fdr data", 53,
            "x-gold baseband update failed. defective unit?", 1015);

    private RestoreStep currentStep = RestoreStep.UNKNOWN;

    public List<EngineEvent> parse(String rawLine) {
        List<EngineEvent> events = new ArrayList<>(2);
        EngineLogLevel level = EngineLogLevel.INFO;
        String text = rawLine.strip();
        Matcher newFormat = NEW_FORMAT.matcher(text);
        if (newFormat.matches()) {
            level = EngineLogLevel.valueOf(newFormat.group(1).toUpperCase(Locale.ROOT));
            text = newFormat.group(2).strip();
        } else {
            text = WRAPPER_TIME.matcher(text).replaceFirst("");
        }
        Matcher bar = BAR.matcher(text);
        if (bar.matches()) {
            events.add(new StepProgress(currentStep, Double.parseDouble(bar.group(1)) / 100));
            text = bar.group(2).strip();
            if (text.isEmpty()) {
                return events;
            }
        }
        Matcher frontEnd = FRONT_END_ERROR.matcher(text);
        if (frontEnd.matches()) {
            level = EngineLogLevel.ERROR;
            text = frontEnd.group(1).strip();
        }
        Matcher old = OLD_PREFIX.matcher(text);
        if (old.matches()) {
            level = level == EngineLogLevel.ERROR ? level : oldLevel(old.group(1));
            text = old.group(2).strip();
        } else if (INNER_LEVEL.matcher(text).matches()) {
            level = oldLevel(INNER_LEVEL.matcher(text).replaceFirst("$1"));
        }
        events.add(new LogLine(level, text));
        EngineEvent meaning = meaning(text);
        if (meaning != null) {
            events.add(meaning);
        }
        return events;
    }

    private EngineEvent meaning(String text) {
        Matcher m = PROGRESS.matcher(text);
        if (m.matches()) {
            currentStep = RestoreStep.fromNumber(Integer.parseInt(m.group(1)));
            return new StepProgress(currentStep, Double.parseDouble(m.group(2)));
        }
        if ((m = STATUS.matcher(text)).matches()) {
            String status = m.group(1);
            String key = status.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            return new StatusMessage(status, STATUS_CODES.get(key));
        }
        if ((m = UNHANDLED_STATUS.matcher(text)).find()) {
            return new StatusMessage(text, Integer.valueOf(m.group(1)));
        }
        if ((m = CHECKPOINT_FAILURE.matcher(text)).find()) {
            String name = m.group(2).isEmpty() ? "unnamed" : m.group(2);
            return new Checkpoint(m.group(3) == null ? name : name + " (" + m.group(3) + ")", Integer.valueOf(m.group(1)), null, true);
        }
        if ((m = CHECKPOINT_FAILURE_ID.matcher(text)).find()) {
            String name = m.group(3).isBlank() ? m.group(1) : m.group(3).strip();
            return new Checkpoint(name, Integer.valueOf(m.group(2)), null, true);
        }
        if ((m = CHECKPOINT_COMPLETE.matcher(text)).find()) {
            int code = Integer.parseInt(m.group(2));
            return new Checkpoint(m.group(1), code, null, code != 0);
        }
        if ((m = STEP_CODE.matcher(text)).find()) {
            int code = Integer.parseInt(m.group(2));
            return new Checkpoint(m.group(1), code, null, code != 0);
        }
        if ((m = STEP_DOMAIN.matcher(text)).find()) {
            return new Checkpoint(m.group(1), null, m.group(2), false);
        }
        if ((m = OPERATION.matcher(text)).matches()) {
            return new DeviceOperation(m.group(1), Integer.parseInt(m.group(2)));
        }
        return null;
    }

    private static EngineLogLevel oldLevel(String prefix) {
        return switch (prefix) {
            case "ERROR" -> EngineLogLevel.ERROR;
            case "WARNING" -> EngineLogLevel.WARNING;
            case "NOTE" -> EngineLogLevel.NOTICE;
            default -> EngineLogLevel.INFO;
        };
    }
}
