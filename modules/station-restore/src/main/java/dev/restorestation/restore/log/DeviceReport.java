package dev.restorestation.restore.log;

import static dev.restorestation.restore.log.Finding.FAILED_DURING_UPDATE;
import static dev.restorestation.restore.log.Finding.DEVICE_STATUS;
import static dev.restorestation.restore.log.Finding.DEVICE_STATUS_NAMED;
import static dev.restorestation.restore.log.Finding.SPECIFIC;

import dev.restorestation.core.restore.EngineEvent.Checkpoint;
import dev.restorestation.core.restore.EngineEvent.DeviceOperation;
import dev.restorestation.core.restore.EngineEvent.StatusMessage;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.restore.log.Finding.Kind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the device says about its own restore: the status it sends, its checkpoints and step codes,
 * and the lines of its restore log (updater errors, NVRAM, its own ASR and file system checks).
 * A part the device names decides the category before any number does.
 */
final class DeviceReport {

    private static final Pattern UPDATE_ERROR = Pattern.compile("Update\\[([^\\]]{1,40})] error(?: - (.*))?");
    private static final Pattern BASEBAND_UPDATER = Pattern.compile("(?i)bbupdater error|BBUpdater error \\d+|END\\(kBBUReturn(?!Success)");
    /** One failed attempt: the updater retries, so this only counts when nothing stronger is found. */
    private static final Pattern BASEBAND_ATTEMPT = Pattern.compile("FAILED\\(kBBUReturn\\w+\\)");
    /** The device's FDR requests go to Apple through the host's reverse proxy; these say they never got there. */
    private static final Pattern FDR_HTTP =
            Pattern.compile("(?i)_AMFDRHttp\\w*(?:SendSync|RequestSend)\\w* failed|proxy is enabled|got http failures|Failed to get proxy info");
    /** The device asked the host for a part's firmware or ticket and got nothing, or data it could not use. */
    private static final Pattern HOST_ANSWER = Pattern.compile(
            "(?i)failed to copy response for \\S+|Failed to fetch remote firmware|request for \\S+ data returned NULL"
                    + "|host failed to provide|firmware data does not contain");
    private static final Pattern NO_TICKET = Pattern.compile("ramrod_ticket_update: no ticket|failed to update ticket");
    private static final Pattern NVRAM = Pattern.compile("(?i)failed to (?:set|write|sync|delete) nvram");
    /** The device's ASR gave up; the reason, if any, is on the ASR lines before. */
    private static final Pattern DEVICE_ASR = Pattern.compile("ASR STATUS: fail|failed to restore an APFS image");
    /** ASR's reasons that are about the storage it writes to. */
    private static final Pattern ASR_STORAGE =
            Pattern.compile("^ASR: (?:Could not restore - (?:No space left on device|Input/output error)|Checksum failed)");
    /** ASR's reasons that are about the image stream from the host, which it could not read. */
    private static final Pattern ASR_STREAM = Pattern.compile("^ASR: (?:Unexpected character|Could not access multicast stream)");
    /** The device's own file system checks: fsck, and the APFS checker ASR runs. */
    private static final Pattern FILESYSTEM =
            Pattern.compile("fsck failed on|could not be repaired|nx_check:\\d+: .*(?:doesn't match|invalid|corrupt)");
    /** {@code Error Domain=X Code=N} in NSError texts, or {@code 0: XErrorDomain/3fc:} in the device's error chains. */
    private static final Pattern ERROR_DOMAIN =
            Pattern.compile("Error Domain=(\\w+) Code=(-?\\d{1,9})\\b|^\\d+: (\\w+ErrorDomain)/([0-9a-fA-F]{1,8}):");
    /** A failure chain that names the updater that failed: {@code update_peppy:}, {@code on Rose updater}, {@code peppytool failure}. */
    private static final Pattern UPDATER = Pattern.compile("\\bupdate_(?!generic|device|firmware|ticket)([a-z][a-z0-9]{1,20})\\b"
            + "|\\bon ([A-Za-z][\\w,]{1,20}) updater\\b|\\b([a-z]{2,20})tool failure");
    private static final int MAX_DETAIL = 120;

    private DeviceReport() {
    }

    /** What a line of the device's restore log says, or null when it is not a failure the station reads. */
    static Finding line(String text) {
        if (HOST_ANSWER.matcher(text).find()) {
            // before the part: the device names the part whose data the host did not give it
            return hostAnswer(text);
        }
        Matcher m = UPDATE_ERROR.matcher(text);
        if (m.find()) {
            DevicePart part = DevicePart.named(m.group(1)).orElse(null);
            ErrorCategory category = part == null ? ErrorCategory.SECURITY_PAIRING : part.category();
            String noun = part == null ? "co-processor " + m.group(1) : part.noun();
            return finding(SPECIFIC, category, "The device could not update its " + noun, "device-update-error", text);
        }
        if (BASEBAND_UPDATER.matcher(text).find()) {
            return finding(SPECIFIC, ErrorCategory.BASEBAND, "The device's baseband updater failed: the modem did not answer",
                    "baseband-updater", text);
        }
        if (text.contains("'BasebandUpdaterOutputData'")) {
            // the device asks for this only after its baseband update failed
            return finding(FAILED_DURING_UPDATE, ErrorCategory.BASEBAND, "The device reports its baseband update failed",
                    "baseband-output-request", text);
        }
        if (BASEBAND_ATTEMPT.matcher(text).find()) {
            return finding(Finding.DEVICE_OPERATION, ErrorCategory.BASEBAND, "The device's baseband updater could not reach the modem",
                    "baseband-attempt", text).as(Kind.DEVICE_SYMPTOM);
        }
        if (FDR_HTTP.matcher(text).find()) {
            return finding(SPECIFIC, ErrorCategory.NETWORK, "The device could not reach Apple's FDR server through this computer",
                    "device-fdr-http", text);
        }
        if (NO_TICKET.matcher(text).find()) {
            return finding(SPECIFIC, ErrorCategory.SIGNING, "The device found no signing ticket for this restore", "device-no-ticket", text);
        }
        if (NVRAM.matcher(text).find()) {
            return finding(SPECIFIC, ErrorCategory.STORAGE, "The device could not write its NVRAM", "device-nvram", text);
        }
        if (ASR_STORAGE.matcher(text).find()) {
            return finding(SPECIFIC, ErrorCategory.STORAGE, "The device's storage could not take the system image", "device-asr-storage", text);
        }
        if (ASR_STREAM.matcher(text).find()) {
            return finding(SPECIFIC, ErrorCategory.HOST,
                    "The device could not read the system image stream this computer sent: update the restore tools", "device-asr-stream", text);
        }
        if (DEVICE_ASR.matcher(text).find()) {
            return finding(SPECIFIC, ErrorCategory.STORAGE,
                    "The device could not write or verify the system image on its storage", "device-asr", text).as(Kind.DEVICE_SYMPTOM);
        }
        if (FILESYSTEM.matcher(text).find()) {
            return finding(SPECIFIC, ErrorCategory.STORAGE, "The device's file system check failed", "device-filesystem", text);
        }
        Matcher domain = ERROR_DOMAIN.matcher(text);
        if (domain.find()) {
            boolean chain = domain.group(1) == null;
            String name = chain ? domain.group(3) : domain.group(1);
            int code = chain ? (int) Long.parseLong(domain.group(4), 16) : Integer.parseInt(domain.group(2));
            return DevicePart.named(text.substring(domain.end())).map(p -> finding(SPECIFIC, p.category(), null, code,
                    "The device reports its " + p.noun() + " failed (" + name + " " + code + ")", "device-error-domain", text))
                    .orElse(null);
        }
        return null;
    }

    /** A failed checkpoint or step code: the part it names, else the code, decides. */
    static Finding checkpoint(Checkpoint checkpoint, String text) {
        if (HOST_ANSWER.matcher(checkpoint.name()).find()) {
            return hostAnswer(text);
        }
        int code = checkpoint.code();
        Optional<DevicePart> part = DevicePart.named(checkpoint.name());
        ErrorCategory byCode = code == 0 || code == -1 ? ErrorCategory.UNKNOWN : AppleErrorCodes.category(code);
        String step = "restore step " + shorten(checkpoint.name()) + (code == 0 ? "" : ", code " + code);
        if (part.isPresent()) {
            ErrorCategory category = part.get().category();
            Finding named = finding(SPECIFIC, category, category == byCode ? code : null, code,
                    "The device reports its " + part.get().noun() + " failed at " + step, "device-checkpoint", text);
            return part.get().stage() ? named.as(Kind.DEVICE_SYMPTOM) : named;
        }
        Matcher updater = UPDATER.matcher(checkpoint.name());
        if (updater.find()) {
            // an updater the vocabulary does not know belongs to a co-processor, as in Update[part] error
            String name = updater.group(1) != null ? updater.group(1) : updater.group(2) != null ? updater.group(2) : updater.group(3);
            return finding(SPECIFIC, ErrorCategory.SECURITY_PAIRING, null, code,
                    "The device could not update its co-processor " + name + " at " + step, "device-checkpoint", text);
        }
        int priority = byCode == ErrorCategory.UNKNOWN ? DEVICE_STATUS - 1 : DEVICE_STATUS;
        return finding(priority, byCode, byCode == ErrorCategory.UNKNOWN ? null : code, code,
                "The device failed at " + step, "device-checkpoint", text).as(Kind.DEVICE_SYMPTOM);
    }

    /** The part being updated when the device failed without saying why, if the operation names one. */
    static Finding during(DeviceOperation operation, String text) {
        if (!operation.name().startsWith("Updating")) {
            return null;
        }
        return DevicePart.named(operation.name())
                .map(p -> finding(FAILED_DURING_UPDATE, p.category(),
                        "The device failed while updating its " + p.noun(), "failed-during-update", text).as(Kind.DEVICE_SYMPTOM))
                .orElse(null);
    }

    /** A status the device sent at the end of its restore. */
    static Finding status(StatusMessage status, String text) {
        Integer code = status.code();
        if (code == null) {
            return status.text().contains("SEP")
                    ? finding(DEVICE_STATUS_NAMED, ErrorCategory.SECURITY_PAIRING, null, null,
                            "The Secure Enclave firmware failed to load (status 50 or 51)", "device-status", text)
                    : finding(DEVICE_STATUS, ErrorCategory.UNKNOWN, "The device reported: " + status.text(), "device-status", text)
                            .as(Kind.DEVICE_SYMPTOM);
        }
        return switch (code) {
            case -1 -> finding(DEVICE_STATUS, ErrorCategory.STORAGE, null, -1,
                    "The device could not verify the restored filesystem (Verification Error)", "device-status", text).as(Kind.DEVICE_SYMPTOM);
            case 14 -> finding(DEVICE_STATUS, ErrorCategory.USB_CONNECTION, 14, 14,
                    "The device reported that the restore failed (Status: Fail)", "device-status", text).as(Kind.DEVICE_SYMPTOM);
            case 6 -> finding(DEVICE_STATUS_NAMED, ErrorCategory.STORAGE, 6, 6, "The device reported a disk (NAND) failure", "device-status", text);
            case 27 -> finding(DEVICE_STATUS_NAMED, ErrorCategory.STORAGE, 27, 27, "The device could not mount its filesystems", "device-status", text);
            case 53 -> finding(DEVICE_STATUS_NAMED, ErrorCategory.SECURITY_PAIRING, 53, 53,
                    "The device could not recover its factory (FDR) data: a part may not be paired to this board", "device-status", text);
            case 1015 -> finding(DEVICE_STATUS_NAMED, ErrorCategory.BASEBAND, 1015, 1015, "The baseband (X-Gold) update failed", "device-status", text);
            case 68 -> finding(DEVICE_STATUS_NAMED, ErrorCategory.DEVICE_MODE, null, 68,
                    "The device reported status 68: an Update could not keep the data; an Erase may work", "device-status", text);
            default -> {
                ErrorCategory category = AppleErrorCodes.category(code);
                yield finding(category == ErrorCategory.UNKNOWN ? DEVICE_STATUS : DEVICE_STATUS_NAMED, category, code, code,
                        "The device reported status " + code, "device-status", text).as(Kind.DEVICE_SYMPTOM);
            }
        };
    }

    private static Finding hostAnswer(String text) {
        return finding(SPECIFIC, ErrorCategory.HOST,
                "The device asked this computer for a part's firmware and got none it could use: update the restore tools",
                "device-host-answer", text);
    }

    private static Finding finding(int priority, ErrorCategory category, String summary, String rule, String text) {
        return finding(priority, category, null, null, summary, rule, text);
    }

    private static Finding finding(int priority, ErrorCategory category, Integer appleCode, Integer statusCode, String summary,
                                   String rule, String text) {
        return new Finding(priority, category, appleCode, statusCode, summary, rule, 0, text);
    }

    private static String shorten(String text) {
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text;
    }
}
