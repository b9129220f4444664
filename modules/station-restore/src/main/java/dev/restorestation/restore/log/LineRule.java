package dev.restorestation.restore.log;

import dev.restorestation.core.restore.ErrorCategory;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failure line the engine prints and what it means. {@code summary} may name the pattern's
 * first group as {@code $1}.
 */
record LineRule(Pattern pattern, int priority, ErrorCategory category, String summary) {

    static final int SPECIFIC = 100;
    static final int NETWORK_OR_HOST = 90;
    static final int ENGINE_STEP = 80;
    static final int DEVICE_STATUS = 60;
    static final int NOT_FOUND = 40;
    static final int GENERIC = 20;
    static final int ANY_ERROR = 10;

    /** Every failure line of idevicerestore this station understands, old and new builds alike. */
    static final List<LineRule> ALL = List.of(
            rule("LIBUSB_ERROR_ACCESS", SPECIFIC, ErrorCategory.HOST,
                    "This computer may not use the USB device: install the udev rule or fix USB permissions"),
            rule("(?i)no space left on device", NETWORK_OR_HOST, ErrorCategory.HOST,
                    "This computer's disk is full"),
            rule("(?i)(?:could(?:n't| not) resolve host|failed to connect to|connection timed out|timeout was reached"
                            + "|SSL certificate problem|could not connect to (?:the )?(?:TSS|signing) server)",
                    NETWORK_OR_HOST, ErrorCategory.NETWORK, "Apple's servers could not be reached from this computer"),
            rule("Unable to discover device type", ENGINE_STEP, ErrorCategory.DEVICE_MODE,
                    "The device answered but did not tell its type: reconnect it in DFU or Recovery mode"),
            rule("Unable to send iBEC", ENGINE_STEP, ErrorCategory.USB_CONNECTION,
                    "Sending iBEC to the device failed: the USB link is unreliable"),
            rule("Device did not disconnect\\. Possibly invalid iBEC", ENGINE_STEP, ErrorCategory.DEVICE_MODE,
                    "The device did not leave Recovery mode after iBEC: put it in DFU mode and try again"),
            rule("Device did not reconnect in recovery mode", ENGINE_STEP, ErrorCategory.DEVICE_MODE,
                    "The device did not come back in Recovery mode: reset it and try again"),
            rule("Device failed to enter restore mode", ENGINE_STEP, ErrorCategory.DEVICE_MODE,
                    "The device did not enter Restore mode (is usbmuxd running?)"),
            rule("Device reconnected in (\\w+) mode, most likely image personalization failed", ENGINE_STEP,
                    ErrorCategory.DEVICE_MODE, "The device came back in $1 mode: personalizing the boot images most likely failed"),
            rule("Unable to get SHSH blobs", ENGINE_STEP, ErrorCategory.SIGNING,
                    "Apple's signing server gave no ticket for this device and build"),
            rule("(?:Unable to send data to ASR|Unable to send chunk checksum|Unable to send payload to ASR"
                            + "|Unable to send filesystem|Could not read data \\(-256\\))",
                    ENGINE_STEP, ErrorCategory.USB_CONNECTION, "The USB link dropped while sending the filesystem to the device"),
            rule("device didn't accept BasebandData", ENGINE_STEP, ErrorCategory.BASEBAND,
                    "The device did not accept the baseband firmware"),
            rule("File download failed \\(checksum mismatch\\)", ENGINE_STEP, ErrorCategory.FIRMWARE_FILE,
                    "A downloaded firmware file did not match its checksum"),
            rule("(?i)(?:Unable to extract BuildManifest|Firmware file might be corrupt|(?:unable|failed) to open IPSW"
                            + "|not a valid IPSW|Unable to find a matching build identity)",
                    ENGINE_STEP, ErrorCategory.FIRMWARE_FILE, "The IPSW is unreadable or does not fit this device"),
            rule("Unable to discover device mode", NOT_FOUND, ErrorCategory.DEVICE_NOT_FOUND,
                    "No device answered: check that it is plugged in and in Normal, Recovery or DFU mode"),
            rule("(?:Unable to successfully restore device|Unable to restore device)", GENERIC, ErrorCategory.UNKNOWN,
                    "The restore failed without a reason the station knows"));

    private static LineRule rule(String regex, int priority, ErrorCategory category, String summary) {
        return new LineRule(Pattern.compile(regex), priority, category, summary);
    }

    /** The summary for {@code text}, or null when this rule does not match it. */
    String summaryFor(String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        return m.groupCount() > 0 ? summary.replace("$1", m.group(1)) : summary;
    }
}
