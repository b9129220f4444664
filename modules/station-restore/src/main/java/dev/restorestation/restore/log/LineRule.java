package dev.restorestation.restore.log;

import static dev.restorestation.restore.log.Finding.ENGINE_STEP;
import static dev.restorestation.restore.log.Finding.GENERIC;
import static dev.restorestation.restore.log.Finding.LINK_LOST;
import static dev.restorestation.restore.log.Finding.NETWORK_OR_HOST;
import static dev.restorestation.restore.log.Finding.NOT_FOUND;
import static dev.restorestation.restore.log.Finding.SPECIFIC;

import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.EngineLogLevel;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failure line the engine (idevicerestore, futurerestore) prints on the host and what it means.
 * {@code summary} may name the pattern's first group as {@code $1}. A rule {@code errorsOnly} reads only
 * lines the engine logs as errors: the same words in a warning are harmless. A {@code symptom} rule reads
 * a step that failed without saying why (see {@link Finding.Kind}).
 */
record LineRule(String id, Pattern pattern, int priority, ErrorCategory category, String summary, boolean errorsOnly,
                boolean symptom) {

    /** Every host-side failure line this station understands, old and new builds alike. */
    static final List<LineRule> ALL = List.of(
            rule("usb-access", "LIBUSB_ERROR_ACCESS", SPECIFIC, ErrorCategory.HOST,
                    "This computer may not use the USB device: install the udev rule or fix USB permissions"),
            rule("host-libcurl", "not supported or disabled in libcurl|Could not initialize CURL", SPECIFIC, ErrorCategory.HOST,
                    "This computer's libcurl cannot speak HTTPS to Apple's signing server: update the host software"),
            rule("usb-driver", "LIBUSB_ERROR_NOT_SUPPORTED", SPECIFIC, ErrorCategory.HOST,
                    "This computer has no usable USB driver for the device: install the Apple device driver or libusb support"),
            rule("tools-broken", "error while loading shared libraries|symbol lookup error|dyld: (?:Library not loaded|lazy symbol binding failed"
                            + "|Symbol not found)", SPECIFIC, ErrorCategory.HOST,
                    "The restore tools on this computer cannot start: a library is missing or from another version; reinstall them"),
            rule("no-usbmuxd", "(?i)(?:could not|unable to|failed to) connect to usbmuxd|usbmuxd_get_device_list: error opening socket",
                    SPECIFIC, ErrorCategory.HOST,
                    "usbmuxd is not running on this computer: start it (as root: usbmuxd -f)"),
            rule("host-memory", "(?i)\\bout of memory\\b|Not enough memory", NETWORK_OR_HOST, ErrorCategory.HOST,
                    "This computer ran out of memory during the restore"),
            rule("host-disk-full", "^(?!ASR)(?i:.*(?:no space left on device|write error \\(disk full\\?\\)))",
                    NETWORK_OR_HOST, ErrorCategory.HOST,
                    "This computer's disk is full"),
            rule("host-write", "(?i)cannot open '[^']*' for writing|Unable to write entire file|Writing to '[^']*' failed"
                            + "|write_file: Unable to open file|could not close and write modified archive",
                    NETWORK_OR_HOST, ErrorCategory.HOST, "This computer could not write a file the restore needs: check the folder's space and permissions"),
            rule("usb-configure", "(?i)set (?:interface|configuration) failed", NETWORK_OR_HOST, ErrorCategory.HOST,
                    "This computer's USB driver could not configure the device: check the Apple USB driver or libusb on this computer"),
            rule("network-unreachable", "(?i)(?:could(?:n't| not) resolve host|failed to connect to (?!FDR)|connection timed out"
                            + "|timeout was reached|SSL certificate problem|SSL: [^.]{0,60}certificate|certificate verify failed|SSL connect error"
                            + "|could not connect to (?:the )?(?:TSS|signing) server"
                            + "|Download from \\S+ failed|Could not fetch list of signed firmwares|Couldn't connect to server"
                            + "|Operation timed out after|Empty reply from server)",
                    NETWORK_OR_HOST, ErrorCategory.NETWORK, "Apple's servers could not be reached from this computer"),
            rule("front-end-download", "failed to download file from=|\\[LFZP\\] failed to open URL|couldn't get buildmanifest",
                    NETWORK_OR_HOST, ErrorCategory.NETWORK,
                    "A download the restore tool needs (firmware list or build manifest) failed: check this computer's connection"),
            rule("download-garbled", "Unexpected json data returned|Failed to parse json data|(?i)<!DOCTYPE html|<html\\b", ENGINE_STEP,
                    ErrorCategory.NETWORK,
                    "A download from the firmware index came back as something else: a proxy or web filter may stand in the way"),
            rule("device-type-unknown", "(?i)unable to discover device (?:type|model)", ENGINE_STEP, ErrorCategory.HOST,
                    "This computer's libirecovery does not know this device: update idevicerestore and libirecovery"),
            rule("device-list-unknown", "could not be found in devicelist", ENGINE_STEP, ErrorCategory.HOST,
                    "The restore tool's firmware list does not know this device: update the restore tools"),
            symptom("usb-upload", "Unable to send iBEC|Unable to send (\\w+) (?:component: |to device)",
                    ENGINE_STEP, ErrorCategory.USB_CONNECTION, "Sending a boot image to the device failed: the USB link is unreliable"),
            rule("port-dfu", "use the correct USB port for this model", ENGINE_STEP, ErrorCategory.USB_CONNECTION,
                    "This model restores only through one particular USB port: use that port"),
            symptom("no-disconnect", "Device did not disconnect\\.", ENGINE_STEP, ErrorCategory.DEVICE_MODE,
                    "The device did not disconnect after a boot image: put it in DFU mode and try again"),
            symptom("no-reconnect", "Device did not reconnect\\b", ENGINE_STEP,
                    ErrorCategory.DEVICE_MODE, "The device did not come back in Recovery mode after a boot image: reset it and try again"),
            symptom("no-restore-mode", "Device failed to enter restore mode|Unable to (?:connect to|open) device in restore mode"
                            + "|(?:Unable to|Failed to) place device (?:into|in) restore mode|Unable to connect to restored\\b",
                    ENGINE_STEP, ErrorCategory.DEVICE_MODE, "The device did not enter Restore mode (is usbmuxd running?)"),
            symptom("no-recovery-mode", "(?i)(?:unable to|could not|failed to) (?:connect to device in|enter|place device (?:into|in)) (?:recovery|DFU) mode"
                            + "|Unable to connect to DFU device|Device is in an invalid state|Unable to connect to recovery device"
                            + "|Could not open device in WTF mode|Failed to put device into DFU from WTF mode|Device reconnected in non-DFU mode",
                    ENGINE_STEP, ErrorCategory.DEVICE_MODE, "The device did not reach Recovery mode in a usable state: reset it and try again"),
            symptom("personalization", "Device reconnected in (\\w+) mode, most likely image personalization failed", ENGINE_STEP,
                    ErrorCategory.DEVICE_MODE, "The device came back in $1 mode: personalizing the boot images most likely failed"),
            symptom("mode-unexpected", "unexpected device mode=", ENGINE_STEP, ErrorCategory.DEVICE_MODE,
                    "The device was in a mode the restore tool did not expect: put it in Recovery or DFU mode and try again"),
            rule("blob-unreadable", "(?i)failed to load (?:shsh|apticket)", ENGINE_STEP, ErrorCategory.SIGNING,
                    "The saved signing ticket (SHSH blob) could not be read"),
            rule("tss-unanswered", "Unable to send TSS request", ENGINE_STEP, ErrorCategory.NETWORK,
                    "The signing request got no answer from Apple: check this computer's connection to gs.apple.com"),
            rule("blob-mismatch", "hash not found in im4m|what=verification failed|(?i)ApNonce (?:from device )?does(?:n't| not) match"
                            + "|Devicenonce does not match|APTicket can't be used for this restore", ENGINE_STEP, ErrorCategory.SIGNING,
                    "The saved signing ticket (SHSH blob) does not fit this firmware"),
            rule("blob-other-device", "ECID inside APTicket does(?:n't| not) match|APTicket can't be used for restoring this device",
                    ENGINE_STEP, ErrorCategory.SIGNING, "The saved signing ticket (SHSH blob) was saved for another device"),
            rule("no-shsh", "Unable to get SHSH blobs|No firmwares are currently being signed", ENGINE_STEP, ErrorCategory.SIGNING,
                    "Apple's signing server gave no ticket for this device and build"),
            symptom("host-fdr", "Unable to connect to FDR client|Failed to start FDR Ctrl channel|receiving proxy payload failed"
                            + "|Unable to receive proxy payload",
                    ENGINE_STEP, ErrorCategory.HOST,
                    "The restore tool's own FDR channel to the device failed: update the restore tools"),
            symptom("asr-send", "Unable to send data to ASR|Unable to send chunk checksum|Unable to send payload to ASR"
                            + "|Unable to send filesystem",
                    ENGINE_STEP, ErrorCategory.USB_CONNECTION, "The USB link dropped while sending the filesystem to the device"),
            symptom("device-silent", "Could not read data \\(-256\\)|Unable to receive message from FDR|Unable to connect to ASR"
                            + "|Unable to receive (?:data|message) from ASR|LIBUSB_ERROR_(?:IO|PIPE|NO_DEVICE|TIMEOUT)", ENGINE_STEP,
                    ErrorCategory.USB_CONNECTION, "The device stopped answering on USB"),
            symptom("short-send", "Sent \\d+ of \\d+ bytes|\\(sent \\d+/\\d+\\)|Sending file data for \\S+ failed", ENGINE_STEP,
                    ErrorCategory.USB_CONNECTION, "Data stopped reaching the device part way through: the USB link is unreliable"),
            rule("baseband-refused", "device didn't accept BasebandData", ENGINE_STEP, ErrorCategory.BASEBAND,
                    "The device did not accept the baseband firmware"),
            rule("manifest-unusable", "(?i:Unable to find any build identities)|Unable to add [\\w ]{1,20} tags"
                            + "|Unable to create (?:\\w+ )?TSS request|Unable to create preboard manifest|can't create manifest"
                            + "|Could not find \\w+(?: Dictionary)? node in \\w+ TSS response|Could not find BBTicket"
                            + "|Unable to find (?:[\\w,]+ ){1,3}node\\b|Unable to find restore manifest|Missing \\w+ dictionary in build identity"
                            + "|Failed to get Manifest node|Unable to find a matching build identity|Variant '[^']*' not found in BuildManifest"
                            + "|build identity (?:info )?does not contain|Failed to get build identity|missing (?:SystemRestoreImages|filesystem) in Restore.plist",
                    ENGINE_STEP, ErrorCategory.HOST,
                    "This idevicerestore cannot read this firmware's build manifest for this device: update the restore tools", true),
            rule("component-unknown", "Unable to find component node for|Unable (?:to )?get path for '[^']+' component"
                            + "|Couldn't get \\S+ firmware data|Got unknown updater name",
                    ENGINE_STEP, ErrorCategory.HOST, "This idevicerestore does not know a component this firmware needs: update the restore tools"),
            rule("request-unknown", "(?i)Unknown (?:data )?request (?:'(?!BasebandUpdaterOutputData)[^']*'|\\((?!BasebandUpdaterOutputData)\\w+\\))"
                            + "|Unknown command received from ASR",
                    ENGINE_STEP, ErrorCategory.HOST, "The device asked for something this idevicerestore does not know: update the restore tools"),
            rule("component-file", "(?i)failed to (?:read|load) (?:SEP|SEPManifest|Baseband|BasebandManifest|File for)\\b"
                            + "|(?:SEP|BasebandBuildIdentity) (?:is )?not loaded|failed init (?:file|read) stream|failed to read file stream",
                    ENGINE_STEP, ErrorCategory.FIRMWARE_FILE, "A firmware file given to the engine (SEP, baseband or manifest) could not be read"),
            rule("download-checksum", "File download failed \\(checksum mismatch\\)", ENGINE_STEP, ErrorCategory.FIRMWARE_FILE,
                    "A downloaded firmware file did not match its checksum"),
            rule("tool-archive", "Could not open ZIP archive '(?:/private)?(?:/var)?/tmp/", ENGINE_STEP, ErrorCategory.HOST,
                    "An archive the restore tool wrote to a temporary folder could not be read back: update the restore tools"),
            rule("ipsw-unreadable", "(?i)Unable to extract \\S+ (?:\\S+ )?from (?:ipsw|\\S+\\.ipsw)|Firmware file might be corrupt"
                            + "|(?:unable|failed) to open IPSW|ipsw_open|zip_open|zip_name_locate|Invalid (?:IPSW )?archive|not a valid IPSW"
                            + "|Failed to (?:extract|read) BuildManifest|not found in IPSW|zip_f?read|zip_fopen_index|zip_stat_index|zip_get_num_entries"
                            + "|Could not open ZIP archive|could not extract \\S+ from IPSW|Unable to open '[^']*' in ipsw|Unable to extract component"
                            + "|Unable to extract '[^']*' component|Error reading gz compressed data|expected \\d+ bytes but got \\d+ for file"
                            + "|required components in IPSW|Firmware file \\S.* cannot be opened|firmware is suitable for the current device"
                            + "|open '[^']*' for checksum verification",
                    ENGINE_STEP, ErrorCategory.FIRMWARE_FILE, "The IPSW is unreadable or does not fit this device"),
            rule("device-locked", "(?i)Device is locked|can't connect to lockdownd|Could not connect to lockdownd"
                            + "|waiting for user to enter passcode", ENGINE_STEP,
                    ErrorCategory.SECURITY_PAIRING, "The device is locked or does not trust this computer: unlock it and tap Trust"),
            symptom("no-device", "Unable to discover device mode\\b|(?i)no device found", NOT_FOUND, ErrorCategory.DEVICE_NOT_FOUND,
                    "No device answered: check that it is plugged in and in Normal, Recovery or DFU mode"),
            symptom("usb-disconnect", "idevice_event_cb: device \\S+ \\(udid: [^)]*\\) disconnected", LINK_LOST, ErrorCategory.USB_CONNECTION,
                    "The device disconnected from USB during the restore"),
            symptom("restore-failed", "Unable to successfully restore device|Unable to restore device", GENERIC, ErrorCategory.UNKNOWN,
                    "The restore failed without a reason the station knows"));

    private static LineRule rule(String id, String regex, int priority, ErrorCategory category, String summary) {
        return rule(id, regex, priority, category, summary, false);
    }

    private static LineRule rule(String id, String regex, int priority, ErrorCategory category, String summary, boolean errorsOnly) {
        return new LineRule(id, Pattern.compile(regex), priority, category, summary, errorsOnly, false);
    }

    private static LineRule symptom(String id, String regex, int priority, ErrorCategory category, String summary) {
        return new LineRule(id, Pattern.compile(regex), priority, category, summary, false, true);
    }

    /** What {@code text}, logged at {@code level}, means by this rule, or null when the rule does not match it. */
    Finding read(String text, EngineLogLevel level) {
        if (errorsOnly && level != EngineLogLevel.ERROR) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        String words = m.groupCount() > 0 && m.group(1) != null ? summary.replace("$1", m.group(1)) : summary;
        return new Finding(priority, category, null, null, words, id, 0, text, symptom ? Finding.Kind.HOST_SYMPTOM : Finding.Kind.CAUSE);
    }
}
