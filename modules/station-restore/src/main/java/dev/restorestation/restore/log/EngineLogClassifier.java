package dev.restorestation.restore.log;

import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineEvent.Checkpoint;
import dev.restorestation.core.restore.EngineEvent.DeviceOperation;
import dev.restorestation.core.restore.EngineEvent.Finished;
import dev.restorestation.core.restore.EngineEvent.LogLine;
import dev.restorestation.core.restore.EngineEvent.StatusMessage;
import dev.restorestation.core.restore.EngineLogLevel;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an engine's events as they come (a live attempt, or a log file through
 * {@link #classify(InputStream)}) and says what the run came to. Two streams share the log: the
 * engine's own lines on the host, and the device's report of its restore (status, checkpoints,
 * its restore log); both become findings, weighed by {@link Judgement}. It keeps findings and the
 * last few lines, not the log, so its memory stays small however long the log.
 */
public final class EngineLogClassifier implements Consumer<EngineEvent> {

    /** A log file is read up to this many bytes and lines; the rest is not looked at. */
    public static final long MAX_LOG_BYTES = 64L << 20;
    public static final long MAX_LOG_LINES = 500_000;
    /** The summary of a file none of whose lines looks like engine output. */
    public static final String NOT_A_LOG = "No line of this file looks like idevicerestore output: is it an engine log?";
    public static final String EMPTY_LOG = "The log is empty";

    private static final Pattern TSS_STATUS =
            Pattern.compile("TSS request failed(?: \\(|: [^(]{0,200}\\()status=(\\d{1,9})\\b|STATUS=(\\d{1,9})&MESSAGE=");
    /** Apple's own words for status 94, which some front ends print without the status. */
    private static final Pattern NOT_ELIGIBLE = Pattern.compile("This device isn't eligible for the requested build");
    private static final Pattern DEVICE_FOUND = Pattern.compile("^Found device in \\w+ mode");
    private static final Pattern RESTORE_MODE_WAIT =
            Pattern.compile("Attempt \\d{1,5} to connect to restore mode device|^Waiting for device to enter restore mode");
    private static final Pattern RESTORE_MODE_REACHED =
            Pattern.compile("connected in restore mode|has successfully entered restore mode|Connected to com\\.apple\\.mobile\\.restored");
    /** The engine says it works around what its previous line reported: that line was not a failure. */
    private static final Pattern FALLBACK =
            Pattern.compile("^Getting \\w+(?: \\w+)? from build identity|will fetch from build_identity|, retrying");
    /**
     * The restore going on: the engine sends the device its data, or the device reports its steps. A failure to read
     * the build manifest, or to open the tool's own FDR channel, stops the engine when it matters; one logged before
     * the restore went on was not fatal.
     */
    private static final Pattern RESTORE_GOES_ON =
            Pattern.compile("^(?:Sending|About to send|Done sending) \\w+|^Waiting for NAND|^Updating NAND|Checkpoint \\S+ complete");
    private static final Set<String> NOT_FATAL_IF_THE_RESTORE_GOES_ON = Set.of("manifest-unusable", "component-unknown", "host-fdr");
    private static final Pattern ENGINE_WORDS = Pattern.compile(
            "(?i)idevicerestore|futurerestore|device|ECID|IPSW|progress|checkpoint|restore|sending|extracting|TSS (?:request|server)");
    private static final int MAX_FINDINGS = 64;
    private static final int MAX_SUMMARY = 160;

    private final ExitConvention exits;
    private final List<Finding> findings = new ArrayList<>();
    private final Deque<Finding> lastLines = new ArrayDeque<>(Judgement.TELLING_LINES);
    private long line;
    private String lineText = "";
    private Finding updating;
    /** The engine is waiting for the device to come up in Restore mode: the last line of that wait, until it ends. */
    private Finding restoreModeWait;
    private boolean updatingBlamed;
    private boolean recognised;
    private boolean restoreFinished;
    private boolean done;
    private Integer exitStatus;
    private String cutShort = "";

    public EngineLogClassifier(ExitConvention exits) {
        this.exits = exits;
    }

    /**
     * Classifies a log file, either format; the exit status is not known from a file. Reads at most
     * {@link #MAX_LOG_BYTES} and {@link #MAX_LOG_LINES}, each line cut at {@link BoundedLineReader#MAX_LINE_BYTES}.
     */
    public static EngineVerdict classify(InputStream log) {
        EngineLogClassifier classifier = new EngineLogClassifier(ExitConvention.UNKNOWN);
        EngineLineParser parser = new EngineLineParser();
        boolean cut = BoundedLineReader.read(log, MAX_LOG_BYTES, MAX_LOG_LINES, (number, text) -> {
            if (mostlyText(text)) {
                classifier.line = number - 1;
                parser.parse(text).forEach(classifier);
            } else {
                classifier.line = number;
            }
        });
        if (cut) {
            classifier.cutShort = String.format(Locale.ROOT, " (only the first %d MiB or %d lines were read)",
                    MAX_LOG_BYTES >> 20, MAX_LOG_LINES);
        }
        return classifier.verdict();
    }

    /**
     * Whether at least half of a line is printable ASCII, as every engine's output is (a path or a device name in
     * another script is a small part of its line). The reader turns control characters into '?', so '?' does not
     * count. Binary garbage is not given to the rules, which would spend about a minute on 64 MiB of it.
     */
    static boolean mostlyText(String text) {
        int printable = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '?' || c == '\t') {
                printable++;
            }
        }
        return printable * 2 >= text.length();
    }

    /** The lines of a kept engine log that decided its verdict (an {@link dev.restorestation.core.restore.EngineLogReader}). */
    public static List<Long> evidenceLines(String engineLog) {
        EngineVerdict verdict = classify(new ByteArrayInputStream(engineLog.getBytes(StandardCharsets.UTF_8)));
        return verdict instanceof EngineVerdict.Failure failure
                ? failure.evidence().stream().map(Evidence::line).toList()
                : List.of();
    }

    @Override
    public void accept(EngineEvent event) {
        if (event instanceof LogLine logLine) {
            readLine(logLine);
        } else if (event instanceof StatusMessage status) {
            recognised = true;
            if (status.success()) {
                restoreFinished = true;
            } else {
                found(DeviceReport.status(status, lineText));
            }
        } else if (event instanceof Checkpoint checkpoint) {
            recognised = true;
            if (checkpoint.failure() && checkpoint.code() != null) {
                found(DeviceReport.checkpoint(checkpoint, lineText));
            } else if (checkpoint.domain() != null && !checkpoint.domain().equals("AMRestoreErrorDomain")) {
                // only AMRestoreErrorDomain step codes are Apple's restore error numbers
                findings.replaceAll(f -> f.rule().equals("device-checkpoint") && f.text().contains(checkpoint.name())
                        ? f.withoutAppleCode() : f);
            }
        } else if (event instanceof DeviceOperation operation) {
            recognised = true;
            Finding during = DeviceReport.during(operation, lineText);
            updating = during == null ? null : during.at(line, lineText);
            updatingBlamed = false;
        } else if (event instanceof Finished finished) {
            exitStatus = finished.exitCode();
        } else {
            recognised = true;
        }
    }

    public EngineVerdict verdict() {
        if (exitStatus != null ? exitStatus == 0 : restoreFinished || done) {
            return new EngineVerdict.Success("The restore finished");
        }
        List<Finding> all = new ArrayList<>(findings);
        if (restoreModeWait != null) {
            // the log ends while the engine still waits for Restore mode: the last step reached names the failure
            all.add(restoreModeWait);
        }
        if (exitStatus != null && exits.firmwareUnreadable(exitStatus)) {
            all.add(new Finding(Finding.NETWORK_OR_HOST, ErrorCategory.FIRMWARE_FILE, null, null,
                    "The engine could not open the firmware file", "exit-status", 0, "exit status " + exitStatus));
        }
        Integer engineCode = exitStatus == null ? null : exits.engineCode(exitStatus);
        return Judgement.of(all, engineCode, unexplained(engineCode), List.copyOf(lastLines));
    }

    private String unexplained(Integer engineCode) {
        if (exitStatus != null) {
            return "The engine stopped with code " + engineCode + " without saying why";
        }
        if (line == 0) {
            return EMPTY_LOG;
        }
        if (!recognised) {
            return NOT_A_LOG + cutShort;
        }
        return "The log shows no result: it may have been cut short" + cutShort;
    }

    private void readLine(LogLine logLine) {
        line++;
        String text = logLine.text();
        lineText = text;
        remember(text);
        if (text.equals("DONE")) {
            done = true;
            return;
        }
        if (RESTORE_MODE_REACHED.matcher(text).find()) {
            restoreModeWait = null;
        } else if (RESTORE_MODE_WAIT.matcher(text).find()) {
            restoreModeWait = new Finding(Finding.DEVICE_OPERATION, ErrorCategory.DEVICE_MODE, null, null,
                    "The device never answered in Restore mode: reset it and try again", "restore-mode-wait", line, text)
                    .as(Finding.Kind.HOST_SYMPTOM);
        }
        if (FALLBACK.matcher(text).find()) {
            long previous = line - 1;
            findings.removeIf(f -> f.line() == previous);
        }
        if (RESTORE_GOES_ON.matcher(text).find()) {
            findings.removeIf(f -> NOT_FATAL_IF_THE_RESTORE_GOES_ON.contains(f.rule()));
        }
        if (DEVICE_FOUND.matcher(text).find()) {
            // an earlier "no device" was a run before this one found it
            findings.removeIf(f -> f.category() == ErrorCategory.DEVICE_NOT_FOUND);
        }
        Finding finding = readText(text, logLine.level());
        if (finding != null && restoreModeWait != null && finding.rule().equals("device-locked")) {
            // while the device switches to Restore mode the engine probes lockdownd on it: a refusal is the switch, not pairing
            finding = null;
        }
        if (finding == null && logLine.level() == EngineLogLevel.ERROR) {
            String summary = text.length() > MAX_SUMMARY ? text.substring(0, MAX_SUMMARY) + "…" : text;
            finding = new Finding(Finding.ANY_ERROR, ErrorCategory.UNKNOWN, null, null, summary, "error-line", 0, text);
        }
        if (finding != null) {
            found(finding);
        }
        if (!recognised && ENGINE_WORDS.matcher(text).find()) {
            recognised = true;
        }
    }

    private static Finding readText(String text, EngineLogLevel level) {
        Matcher tss = TSS_STATUS.matcher(text);
        if (tss.find()) {
            int status = Integer.parseInt(tss.group(1) != null ? tss.group(1) : tss.group(2));
            return status == 0 ? null : tssFinding(status, text);
        }
        if (NOT_ELIGIBLE.matcher(text).find()) {
            return tssFinding(94, text);
        }
        for (LineRule rule : LineRule.ALL) {
            Finding finding = rule.read(text, level);
            if (finding != null) {
                return finding;
            }
        }
        return DeviceReport.line(text);
    }

    private static Finding tssFinding(int status, String text) {
        if (status == 94 || status == 69) {
            return new Finding(Finding.SPECIFIC, ErrorCategory.SIGNING, 3194, status,
                    "Apple no longer signs this build for this device", "tss-not-signed", 0, text);
        }
        if (status == 133) {
            return new Finding(Finding.SPECIFIC, ErrorCategory.NETWORK, null, status,
                    "Apple's signing server could not be reached", "tss-unreachable", 0, text);
        }
        return new Finding(Finding.SPECIFIC, ErrorCategory.SIGNING, null, status,
                "Apple's signing server refused the request (status " + status + ")", "tss-refused", 0, text);
    }

    private void remember(String text) {
        if (text.isBlank()) {
            return;
        }
        if (lastLines.size() == Judgement.TELLING_LINES) {
            lastLines.removeFirst();
        }
        lastLines.addLast(new Finding(0, ErrorCategory.UNKNOWN, null, null, "", "last-lines", line, text));
    }

    private void found(Finding finding) {
        keep(finding.line() == 0 ? finding.at(line, finding.text()) : finding);
        if (finding.priority() <= Finding.ENGINE_STEP && updating != null && !updatingBlamed) {
            // a failure without a cause while the device updates a part: the part is the likely cause
            updatingBlamed = true;
            keep(updating);
        }
    }

    private void keep(Finding here) {
        if (findings.size() < MAX_FINDINGS) {
            findings.add(here);
        } else if (here.priority() > Finding.ANY_ERROR) {
            // keep room for causes: a flood of unread error lines gives way first
            findings.removeIf(f -> f.priority() == Finding.ANY_ERROR);
            if (findings.size() < MAX_FINDINGS) {
                findings.add(here);
            }
        }
    }
}
