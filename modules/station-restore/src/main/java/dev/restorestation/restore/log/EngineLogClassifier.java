package dev.restorestation.restore.log;

import dev.restorestation.core.restore.Diagnosis;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineEvent.Checkpoint;
import dev.restorestation.core.restore.EngineEvent.Finished;
import dev.restorestation.core.restore.EngineEvent.LogLine;
import dev.restorestation.core.restore.EngineEvent.StatusMessage;
import dev.restorestation.core.restore.EngineLogLevel;
import dev.restorestation.core.restore.ErrorCategory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an engine's events as they come (a live attempt, or a log file through
 * {@link #classify(InputStream)}) and says what the run came to. It keeps findings, not lines,
 * so its memory stays small however long the log. The strongest finding names the category;
 * the first of equal strength wins, since a root cause is logged before its consequences.
 */
public final class EngineLogClassifier implements Consumer<EngineEvent> {

    private static final Pattern TSS_STATUS = Pattern.compile("TSS request failed \\(status=(\\d+)");
    private static final int MAX_FINDINGS = 32;
    private static final int MAX_CHECKPOINTS = 64;
    private static final int MAX_SUMMARY = 160;

    private final ExitConvention exits;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Checkpoint> failedCheckpoints = new LinkedHashMap<>();
    private final Map<String, String> domains = new LinkedHashMap<>();
    private boolean restoreFinished;
    private boolean done;
    private Integer exitStatus;

    public EngineLogClassifier(ExitConvention exits) {
        this.exits = exits;
    }

    /** Classifies a whole log file, either format; the exit status is not known from a file. */
    public static EngineVerdict classify(InputStream log) {
        EngineLogClassifier classifier = new EngineLogClassifier(ExitConvention.UNKNOWN);
        EngineLineParser parser = new EngineLineParser();
        BoundedLineReader.read(log, line -> parser.parse(line).forEach(classifier));
        return classifier.verdict();
    }

    @Override
    public void accept(EngineEvent event) {
        if (event instanceof LogLine line) {
            readLine(line);
        } else if (event instanceof StatusMessage status) {
            readStatus(status);
        } else if (event instanceof Checkpoint checkpoint) {
            readCheckpoint(checkpoint);
        } else if (event instanceof Finished finished) {
            exitStatus = finished.exitCode();
        }
    }

    public EngineVerdict verdict() {
        if (exitStatus != null && exitStatus == 0) {
            return new EngineVerdict.Success("The restore finished");
        }
        if (exitStatus == null && (restoreFinished || done)) {
            return new EngineVerdict.Success("The restore finished");
        }
        List<Finding> all = new ArrayList<>(findings);
        failedCheckpoints.values().forEach(checkpoint -> all.add(checkpointFinding(checkpoint)));
        if (exitStatus != null && exits.firmwareUnreadable(exitStatus)) {
            all.add(new Finding(LineRule.NETWORK_OR_HOST, ErrorCategory.FIRMWARE_FILE, null, null,
                    "The engine could not open the firmware file"));
        }
        Integer engineCode = exitStatus == null ? null : exits.engineCode(exitStatus);
        if (all.isEmpty()) {
            String summary = exitStatus == null
                    ? "The log shows no result: it may have been cut short"
                    : "The engine stopped with code " + engineCode + " without saying why";
            return new EngineVerdict.Failure(new Diagnosis(ErrorCategory.UNKNOWN, null, engineCode, summary));
        }
        Finding best = all.stream().max(Comparator.comparingInt(Finding::priority)).orElseThrow();
        for (Finding f : all) {
            if (f.priority() == best.priority()) {
                best = f;
                break;
            }
        }
        Integer appleCode = best.appleCode();
        Integer statusCode = best.statusCode();
        if (appleCode == null && statusCode == null) {
            ErrorCategory category = best.category();
            Finding coded = all.stream()
                    .filter(f -> f.category() == category && (f.appleCode() != null || f.statusCode() != null))
                    .max(Comparator.comparingInt(Finding::priority))
                    .orElse(null);
            if (coded != null) {
                appleCode = coded.appleCode();
                statusCode = coded.statusCode();
            }
        }
        if (statusCode == null) {
            statusCode = engineCode;
        }
        return new EngineVerdict.Failure(new Diagnosis(best.category(), appleCode, statusCode, best.summary()));
    }

    private void readLine(LogLine line) {
        String text = line.text();
        if (text.equals("DONE")) {
            done = true;
            return;
        }
        Matcher tss = TSS_STATUS.matcher(text);
        if (tss.find()) {
            add(tssFinding(Integer.parseInt(tss.group(1))));
            return;
        }
        for (LineRule rule : LineRule.ALL) {
            String summary = rule.summaryFor(text);
            if (summary != null) {
                add(new Finding(rule.priority(), rule.category(), null, null, summary));
                return;
            }
        }
        if (line.level() == EngineLogLevel.ERROR) {
            String summary = text.length() > MAX_SUMMARY ? text.substring(0, MAX_SUMMARY) + "…" : text;
            add(new Finding(LineRule.ANY_ERROR, ErrorCategory.UNKNOWN, null, null, summary));
        }
    }

    private static Finding tssFinding(int status) {
        if (status == 94 || status == 69) {
            return new Finding(LineRule.SPECIFIC, ErrorCategory.SIGNING, 3194, status,
                    "Apple no longer signs this build for this device");
        }
        if (status == 133) {
            return new Finding(LineRule.SPECIFIC, ErrorCategory.NETWORK, null, status,
                    "Apple's signing server could not be reached");
        }
        return new Finding(LineRule.SPECIFIC, ErrorCategory.SIGNING, null, status,
                "Apple's signing server refused the request (status " + status + ")");
    }

    private void readStatus(StatusMessage status) {
        Integer code = status.code();
        if (status.success()) {
            restoreFinished = true;
            return;
        }
        if (code == null) {
            if (status.text().contains("SEP")) {
                add(new Finding(LineRule.SPECIFIC, ErrorCategory.SECURITY_PAIRING, null, null,
                        "The Secure Enclave firmware failed to load (status 50 or 51)"));
            } else {
                add(new Finding(LineRule.DEVICE_STATUS, ErrorCategory.UNKNOWN, null, null,
                        "The device reported: " + status.text()));
            }
            return;
        }
        add(switch (code) {
            case -1 -> new Finding(LineRule.DEVICE_STATUS, ErrorCategory.STORAGE, null, -1,
                    "The device could not verify the restored filesystem (Verification Error)");
            case 14 -> new Finding(LineRule.DEVICE_STATUS, ErrorCategory.USB_CONNECTION, 14, 14,
                    "The device reported that the restore failed (Status: Fail)");
            case 6 -> new Finding(LineRule.SPECIFIC, ErrorCategory.STORAGE, 6, 6, "The device reported a disk (NAND) failure");
            case 27 -> new Finding(LineRule.SPECIFIC, ErrorCategory.STORAGE, 27, 27, "The device could not mount its filesystems");
            case 53 -> new Finding(LineRule.SPECIFIC, ErrorCategory.SECURITY_PAIRING, 53, 53,
                    "The device could not recover its factory (FDR) data: a part may not be paired to this board");
            case 1015 -> new Finding(LineRule.SPECIFIC, ErrorCategory.BASEBAND, 1015, 1015,
                    "The baseband (X-Gold) update failed");
            case 68 -> new Finding(LineRule.SPECIFIC, ErrorCategory.UNKNOWN, null, 68,
                    "The device reported status 68: an Update could not keep the data; an Erase may work");
            default -> codedFinding(code, code, "The device reported status " + code);
        });
    }

    private void readCheckpoint(Checkpoint checkpoint) {
        if (checkpoint.domain() != null && domains.size() < MAX_CHECKPOINTS) {
            domains.put(checkpoint.name(), checkpoint.domain());
        }
        if (checkpoint.failure() && checkpoint.code() != null && failedCheckpoints.size() < MAX_CHECKPOINTS) {
            failedCheckpoints.putIfAbsent(checkpoint.name() + "#" + checkpoint.code(), checkpoint);
        }
    }

    private Finding checkpointFinding(Checkpoint checkpoint) {
        int code = checkpoint.code();
        String domain = domains.get(checkpoint.name());
        if ("RamrodErrorDomain".equals(domain)) {
            if (code == 1017) {
                return new Finding(LineRule.SPECIFIC, ErrorCategory.SECURITY_PAIRING, null, code,
                        "The Secure Element failed during the restore (RamrodErrorDomain 1017)");
            }
            return new Finding(LineRule.DEVICE_STATUS, ErrorCategory.UNKNOWN, null, code,
                    "Restore step " + checkpoint.name() + " failed (RamrodErrorDomain " + code + ")");
        }
        Finding coded = codedFinding(code, null, "Restore step " + checkpoint.name() + " failed with code " + code);
        return coded.priority() == LineRule.SPECIFIC
                ? new Finding(LineRule.DEVICE_STATUS, coded.category(), coded.appleCode(), null, coded.summary())
                : coded;
    }

    private static Finding codedFinding(int appleCode, Integer statusCode, String summary) {
        ErrorCategory category = AppleErrorCodes.category(appleCode);
        int priority = category == ErrorCategory.UNKNOWN ? LineRule.DEVICE_STATUS : LineRule.SPECIFIC;
        return new Finding(priority, category, appleCode, statusCode, summary);
    }

    private void add(Finding finding) {
        if (findings.size() < MAX_FINDINGS) {
            findings.add(finding);
        } else if (finding.priority() > LineRule.ANY_ERROR) {
            findings.removeIf(f -> f.priority() == LineRule.ANY_ERROR);
            if (findings.size() < MAX_FINDINGS) {
                findings.add(finding);
            }
        }
    }

    private record Finding(int priority, ErrorCategory category, Integer appleCode, Integer statusCode, String summary) {
    }
}
