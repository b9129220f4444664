package dev.restorestation.restore.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.EngineEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EngineLogClassifierTest {

    /** Every failure line of the engine, the category it means, and (for some) its Apple code. */
    static Stream<Arguments> failureLines() {
        return Stream.of(
                failure("Unable to discover device mode. Please make sure a device is attached.", ErrorCategory.DEVICE_NOT_FOUND),
                failure("Unable to discover device type", ErrorCategory.HOST),
                failure("ERROR: unable to discover device model", ErrorCategory.HOST),
                failure("Unable to send iBEC", ErrorCategory.USB_CONNECTION),
                failure("Unable to send iBEC component: Unable to upload data to device", ErrorCategory.USB_CONNECTION),
                failure("Device did not disconnect. Possibly invalid iBEC. Reset device and try again.", ErrorCategory.DEVICE_MODE),
                failure("Device did not reconnect in recovery mode. Possibly invalid iBEC. Reset device and try again.", ErrorCategory.DEVICE_MODE),
                failure("Device failed to enter restore mode.", ErrorCategory.DEVICE_MODE),
                failure("Device reconnected in DFU mode, most likely image personalization failed.", ErrorCategory.DEVICE_MODE),
                failure("Unable to get SHSH blobs for this device", ErrorCategory.SIGNING),
                failure("Unable to send data to ASR. Sent 0 of 65536 bytes.", ErrorCategory.USB_CONNECTION),
                failure("Unable to send filesystem", ErrorCategory.USB_CONNECTION),
                failure("Could not read data (-256). Aborting.", ErrorCategory.USB_CONNECTION),
                failure("device didn't accept BasebandData", ErrorCategory.BASEBAND),
                failure("File download failed (checksum mismatch).", ErrorCategory.FIRMWARE_FILE),
                failure("Unable to extract BuildManifest from fw.ipsw. Firmware file might be corrupt.", ErrorCategory.FIRMWARE_FILE),
                failure("_irecv_handle_device_add: ERROR: can't connect to device: LIBUSB_ERROR_ACCESS", ErrorCategory.HOST),
                failure("Could not resolve host: gs.apple.com", ErrorCategory.NETWORK),
                failure("Unable to send iBSS to device.", ErrorCategory.USB_CONNECTION),
                failure("Unable to receive data from ASR", ErrorCategory.USB_CONNECTION),
                failure("irecv_open_with_ecid: ERROR: LIBUSB_ERROR_PIPE", ErrorCategory.USB_CONNECTION),
                failure("Failed to place device in restore mode", ErrorCategory.DEVICE_MODE),
                failure("Unable to connect to device in recovery mode", ErrorCategory.DEVICE_MODE),
                failure("Device did not disconnect. Port DFU failed.", ErrorCategory.DEVICE_MODE),
                failure("Could not connect to usbmuxd", ErrorCategory.HOST),
                failure("Protocol https not supported or disabled in libcurl", ErrorCategory.HOST),
                failure("Failed to extract BuildManifest.plist from IPSW!", ErrorCategory.FIRMWARE_FILE),
                failure("Could not find all required components in IPSW fw.ipsw", ErrorCategory.FIRMWARE_FILE),
                failure("[Error] Error: failed to load shsh file blob.shsh2", ErrorCategory.SIGNING),
                failure("Update[Baseband] error - The operation couldn't be completed.", ErrorCategory.BASEBAND),
                failure("Update[SE] error - The operation couldn't be completed.", ErrorCategory.SECURITY_PAIRING),
                failure("Update[Savage] error - The operation couldn't be completed.", ErrorCategory.SECURITY_PAIRING),
                failure("update_baseband: bbupdater error: (BBUpdater error 3 - Fail to ping baseband)", ErrorCategory.BASEBAND),
                failure("Unknown data request 'BasebandUpdaterOutputData' received", ErrorCategory.BASEBAND),
                failure("CHECKPOINT_INTERNAL_ERROR(checkpoint_nvram_set): failed to set NVRAM variable x", ErrorCategory.STORAGE),
                failure("restore_apfs_image : failed to restore an APFS image, error = 1100", ErrorCategory.STORAGE),
                failure("fsck failed on /dev/disk0s1s2", ErrorCategory.STORAGE),
                failure("normal_open_with_udid: can't connect to lockdownd on device with UDID x", ErrorCategory.SECURITY_PAIRING),
                failure("Device is locked. Unlock device and try again.", ErrorCategory.SECURITY_PAIRING),
                failure("Unable get path for 'Rap,RestoreRTKitOS' component", ErrorCategory.HOST),
                failure("[IMG4TOOL] checking hash for \"AppleLogo\"  BAD! (hash not found in im4m)", ErrorCategory.SIGNING),
                failure("Checkpoint FAILURE id: 0x60D result=1: wait_for_storage", ErrorCategory.STORAGE),
                failure("Unable to find any build identities", ErrorCategory.HOST),
                failure("Unable to find a matching build identity", ErrorCategory.HOST),
                failure("Unable to add common tags to TSS request", ErrorCategory.HOST),
                failure("Unable to create Savage TSS request", ErrorCategory.HOST),
                failure("Could not find BasebandFirmware Dictionary node in Baseband TSS response", ErrorCategory.HOST),
                failure("img4_create_local_manifest: Unhandled component 'Ap,SystemVolumeCanonicalMetadata' - can't create manifest",
                        ErrorCategory.HOST),
                failure("Variant 'Customer Erase Install (IPSW)' not found in BuildManifest", ErrorCategory.HOST),
                failure("Unknown data request 'FirmwareUpdaterData2' received", ErrorCategory.HOST),
                failure("Unknown request (BuildIdentityDict)", ErrorCategory.HOST),
                failure("[Error] [TSSC] device 'iPhone9,1' could not be found in devicelist", ErrorCategory.HOST),
                failure("[Error] unexpected device mode=4", ErrorCategory.DEVICE_MODE),
                failure("ERROR: Failed to start FDR Ctrl channel", ErrorCategory.HOST),
                failure("[Error] failed to download file from=https://api.ipsw.me/v2.1/firmwares.json/condensed to=/tmp/f CURLcode=28",
                        ErrorCategory.NETWORK),
                failure("[Error] [LFZP] failed to open URL", ErrorCategory.NETWORK),
                failure("Cannot open 'cache/iPhone3,1_7.0.4_11B554a_Restore.ipsw' for writing", ErrorCategory.HOST),
                failure("set configuration failed", ErrorCategory.HOST),
                failure("Unable to send RestoreRamDisk component: Broken pipe", ErrorCategory.USB_CONNECTION),
                failure("FDR 0x7ffa07f0a640 unable to send data (-1). Sent 0 of 2 bytes.", ErrorCategory.USB_CONNECTION),
                failure("ipsw_extract_send: Sending file data for 094-96570-085.dmg.aea failed (sent 148430848/2013265920)",
                        ErrorCategory.USB_CONNECTION),
                failure("Unable to connect to restored, error=-3", ErrorCategory.DEVICE_MODE),
                failure("failed to load SEPManifest", ErrorCategory.FIRMWARE_FILE),
                failure("failed to read SEP", ErrorCategory.FIRMWARE_FILE),
                failure("zip_fread: Firmware/dfu/iBEC.n94ap.RELEASE.dfu got only 5 of 10", ErrorCategory.FIRMWARE_FILE),
                failure("Unexpected json data returned - missing 'firmwares'", ErrorCategory.NETWORK),
                failure("[Error] can't init, no device found", ErrorCategory.DEVICE_NOT_FOUND),
                failure("idevicerestore: error while loading shared libraries: libirecovery.so.2: cannot open shared object file",
                        ErrorCategory.HOST),
                failure("idevicerestore: symbol lookup error: idevicerestore: undefined symbol: irecv_send_command_breq", ErrorCategory.HOST),
                failure("dyld: Library not loaded: /usr/local/lib/libplist.3.dylib", ErrorCategory.HOST),
                failure("usbmuxd_get_device_list: error opening socket!", ErrorCategory.HOST),
                failure("Firmware/dfu/iBEC.n69.RELEASE.im4p:  write error (disk full?).  Continue? (y/n/^C) y", ErrorCategory.HOST),
                failure("Unable to send TSS request", ErrorCategory.NETWORK),
                failure("Device ApNonce does not match APTicket nonce", ErrorCategory.SIGNING),
                failure("Unable to successfully restore device", ErrorCategory.UNKNOWN),
                failure("Unable to restore device", ErrorCategory.UNKNOWN));
    }

    private static Arguments failure(String line, ErrorCategory category) {
        return Arguments.of(line, category);
    }

    @ParameterizedTest
    @MethodSource("failureLines")
    void everyFailureLineInTheOldFormat(String line, ErrorCategory category) {
        String old = line.contains("ERROR:") ? line : "ERROR: " + line;

        assertThat(diagnose(old).category()).isEqualTo(category);
    }

    @ParameterizedTest
    @MethodSource("failureLines")
    void everyFailureLineInTheNewFormat(String line, ErrorCategory category) {
        assertThat(diagnose("17:01:44.512   <Error> " + line).category()).isEqualTo(category);
    }

    @Test
    void theUsbPermissionProblemOutranksDeviceNotFound() {
        Diagnosis diagnosis = diagnose("_irecv_handle_device_add: ERROR: can't connect to device: LIBUSB_ERROR_ACCESS",
                "ERROR: Unable to discover device mode. Please make sure a device is attached.");

        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.HOST);
        assertThat(diagnosis.summary()).contains("USB permissions");
    }

    @Test
    void signingServerStatusesGiveAppleCodes() {
        assertThat(diagnose("ERROR: TSS request failed (status=94, message=This device isn't eligible for the requested build.)",
                "ERROR: Unable to get SHSH blobs for this device"))
                .isEqualTo(new Diagnosis(ErrorCategory.SIGNING, 3194, 94, "Apple no longer signs this build for this device"));
        assertThat(diagnose("TSS request failed (status=69, message=unsigned)").appleCode()).isEqualTo(3194);
        assertThat(diagnose("TSS request failed (status=133, message=timeout)").category()).isEqualTo(ErrorCategory.NETWORK);
        assertThat(diagnose("TSS request failed (status=126, message=bad request)").statusCode()).isEqualTo(126);
        assertThat(diagnose("TSS server returned: STATUS=94&MESSAGE=This device isn't eligible for the requested build.").appleCode())
                .isEqualTo(3194);
        assertThat(diagnose("TSS server returned: STATUS=0&MESSAGE=SUCCESS&REQUEST_STRING=<plist>", "ERROR: Unable to restore device")
                .category()).isEqualTo(ErrorCategory.UNKNOWN);
    }

    @Test
    void everyStatusMessage() {
        assertThat(diagnose("Status: Disk Failure")).isEqualTo(
                new Diagnosis(ErrorCategory.STORAGE, 6, 6, "The device reported a disk (NAND) failure"));
        assertThat(diagnose("Status: Fail")).extracting(Diagnosis::category, Diagnosis::appleCode)
                .containsExactly(ErrorCategory.USB_CONNECTION, 14);
        assertThat(diagnose("Status: Failed to mount filesystems.")).extracting(Diagnosis::category, Diagnosis::appleCode)
                .containsExactly(ErrorCategory.STORAGE, 27);
        assertThat(diagnose("Status: Failed to load SEP Firmware.").category()).isEqualTo(ErrorCategory.SECURITY_PAIRING);
        assertThat(diagnose("Status: Failed to recover FDR data.")).extracting(Diagnosis::category, Diagnosis::appleCode)
                .containsExactly(ErrorCategory.SECURITY_PAIRING, 53);
        assertThat(diagnose("Status: X-Gold Baseband Update Failed. Defective Unit?"))
                .extracting(Diagnosis::category, Diagnosis::appleCode).containsExactly(ErrorCategory.BASEBAND, 1015);
        assertThat(diagnose("Status: Verification Error")).extracting(Diagnosis::category, Diagnosis::statusCode)
                .containsExactly(ErrorCategory.STORAGE, -1);
        assertThat(diagnose("Unhandled status message (68)")).extracting(Diagnosis::statusCode, Diagnosis::summary)
                .containsExactly(68, "The device reported status 68: an Update could not keep the data; an Erase may work");
        assertThat(diagnose("Unhandled status message (4013)")).extracting(Diagnosis::category, Diagnosis::appleCode)
                .containsExactly(ErrorCategory.USB_CONNECTION, 4013);
    }

    @Test
    void checkpointFailuresCarryTheDeviceCode() {
        Diagnosis diagnosis = diagnose(
                "[10:20:59.0825-GMT]{4>7} CHECKPOINT FAILURE:(FAILURE:4014) RESTORED:[0x0624] restore_images [0]D(failed to restore image)",
                "restore-step-codes = {0x11070624:{0:4014}}",
                "restore-step-domains = {0x11070624:{0:\"AMRestoreErrorDomain\"}}",
                "ERROR: Unable to restore device");

        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.USB_CONNECTION);
        assertThat(diagnosis.appleCode()).isEqualTo(4014);
        assertThat(diagnosis.summary()).isEqualTo("The device failed at restore step restore_images (failed to restore image), code 4014");
        assertThat(diagnose("Checkpoint FAILURE id: 0x624 result=1100: restore_images").category()).isEqualTo(ErrorCategory.STORAGE);
        assertThat(diagnose("Checkpoint 1626 complete with code 4005").appleCode()).isEqualTo(4005);
    }

    @Test
    void theRootCauseWinsOverItsConsequences() throws IOException {
        Diagnosis old = diagnoseFixture("old-asr-dropped.log");
        Diagnosis fresh = diagnoseFixture("new-asr-dropped.log");

        assertThat(old).isEqualTo(new Diagnosis(ErrorCategory.USB_CONNECTION, 14, 14,
                "The USB link dropped while sending the filesystem to the device"));
        assertThat(fresh).isEqualTo(new Diagnosis(ErrorCategory.USB_CONNECTION, 14, 14, "The device stopped answering on USB"));
    }

    @Test
    void aFailureWhileTheDeviceUpdatesAPartBlamesThePartNotTheLink() {
        Diagnosis diagnosis = diagnose("Updating baseband (19)", "Updating baseband (19)",
                "ERROR: Could not read data (-256). Aborting.", "ERROR: Unable to restore device");

        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.BASEBAND);
        assertThat(diagnosis.summary()).isEqualTo("The device failed while updating its baseband (modem)");
    }

    @Test
    void ramrodStepCodesAreNotAppleErrorNumbers() {
        Diagnosis diagnosis = diagnose("restore-step-codes = {0x11041303:{0:1004}}",
                "restore-step-domains = {0x11041303:{0:\"RamrodErrorDomain\"}}");

        assertThat(diagnosis).extracting(Diagnosis::category, Diagnosis::appleCode, Diagnosis::statusCode)
                .containsExactly(ErrorCategory.BASEBAND, null, 1004);
    }

    @Test
    void theSecureElementDomainIsSecurityPairing() throws IOException {
        Diagnosis diagnosis = diagnoseFixture("new-secure-element.log");

        assertThat(diagnosis).isEqualTo(new Diagnosis(ErrorCategory.SECURITY_PAIRING, null, 1017,
                "The device reports its Secure Element failed at restore step update_se (SE update failed), code 1017"));
    }

    @Test
    void anUnsignedBuildFromAFixture() throws IOException {
        assertThat(diagnoseFixture("old-unsigned.log")).extracting(Diagnosis::category, Diagnosis::appleCode)
                .containsExactly(ErrorCategory.SIGNING, 3194);
    }

    @Test
    void successfulLogsInBothFormats() throws IOException {
        for (String fixture : List.of("old-success.log", "new-success.log")) {
            try (InputStream in = fixture(fixture)) {
                assertThat(EngineLogClassifier.classify(in)).as(fixture).isInstanceOf(EngineVerdict.Success.class);
            }
        }
    }

    @Test
    void aLogCutShortIsNotASuccess() {
        assertThat(diagnose("progress: 2 0.500000")).isEqualTo(new Diagnosis(ErrorCategory.UNKNOWN, null, null,
                "The log shows no result: it may have been cut short"));
    }

    @Test
    void exitCodesOfOldBuildsAreTheirRawNegativeCodes() {
        EngineLogClassifier classifier = live(ExitConvention.forVersion("1.0.0"),
                "ERROR: Unable to discover device mode. Please make sure a device is attached.");
        classifier.accept(new EngineEvent.Finished(255));

        Diagnosis diagnosis = ((EngineVerdict.Failure) classifier.verdict()).diagnosis();
        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.DEVICE_NOT_FOUND);
        assertThat(diagnosis.statusCode()).isEqualTo(-1);
    }

    @Test
    void exitCode255OfNewBuildsMeansAnUnreadableFirmwareFile() {
        EngineLogClassifier classifier = live(ExitConvention.forVersion("1.0.0-241-g8e0f1a3"), "Found device in DFU mode");
        classifier.accept(new EngineEvent.Finished(255));

        assertThat(((EngineVerdict.Failure) classifier.verdict()).diagnosis()).isEqualTo(new Diagnosis(ErrorCategory.FIRMWARE_FILE,
                null, 255, "The engine could not open the firmware file"));
    }

    @Test
    void exitZeroIsASuccessAndASilentFailureSaysSo() {
        EngineLogClassifier ok = live(ExitConvention.SUCCESS_OR_FAILURE, "DONE");
        ok.accept(new EngineEvent.Finished(0));
        EngineLogClassifier silent = live(ExitConvention.SUCCESS_OR_FAILURE);
        silent.accept(new EngineEvent.Finished(1));

        assertThat(ok.verdict()).isInstanceOf(EngineVerdict.Success.class);
        assertThat(((EngineVerdict.Failure) silent.verdict()).diagnosis()).isEqualTo(new Diagnosis(ErrorCategory.UNKNOWN, null, 1,
                "The engine stopped with code 1 without saying why"));
    }

    @Test
    void versionsDecideTheExitConvention() {
        assertThat(ExitConvention.forVersion("1.0.0")).isEqualTo(ExitConvention.RAW_NEGATIVE);
        assertThat(ExitConvention.forVersion("0.9.9")).isEqualTo(ExitConvention.RAW_NEGATIVE);
        assertThat(ExitConvention.forVersion("1.0.0-237-gc17f9d6")).isEqualTo(ExitConvention.SUCCESS_OR_FAILURE);
        assertThat(ExitConvention.forVersion("1.1.0")).isEqualTo(ExitConvention.SUCCESS_OR_FAILURE);
        assertThat(ExitConvention.forVersion("simulated")).isEqualTo(ExitConvention.UNKNOWN);
        assertThat(ExitConvention.RAW_NEGATIVE.engineCode(248)).isEqualTo(-8);
        assertThat(ExitConvention.SUCCESS_OR_FAILURE.engineCode(255)).isEqualTo(255);
    }

    @Test
    void wordsOfAManifestFailureInAWarningAreHarmless() {
        assertThat(diagnose("WARNING: Unable to find BbSkeyId node", "ERROR: Unable to restore device").category())
                .isEqualTo(ErrorCategory.UNKNOWN);
        assertThat(diagnose("ERROR: Unable to find BbSkeyId node", "ERROR: Unable to restore device").category())
                .isEqualTo(ErrorCategory.HOST);
    }

    @Test
    void aManifestComplaintTheRestoreWentOnPastIsNotTheFailure() {
        assertThat(diagnose("ERROR: build identity info does not contain a MacOSVariant", "Sending RootTicket",
                "Sending NORData", "ERROR: Unable to receive message from FDR 0x1 (-4). 0/2 bytes").category())
                .isEqualTo(ErrorCategory.USB_CONNECTION);
        assertThat(diagnose("ERROR: build identity info does not contain a MacOSVariant", "ERROR: Unable to restore device").category())
                .isEqualTo(ErrorCategory.HOST);
        assertThat(diagnose("ERROR: Failed to start FDR Ctrl channel", "Waiting for NAND (28)", "About to send RootTicket...",
                "ERROR: Unable to restore device").category())
                .isEqualTo(ErrorCategory.UNKNOWN);
    }

    @Test
    void apples94WordsWithoutTheStatusAreStill3194() {
        Diagnosis diagnosis = diagnose("This device isn't eligible for the requested build.");

        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.SIGNING);
        assertThat(diagnosis.appleCode()).isEqualTo(3194);
    }

    @Test
    void aTicketSavedForAnotherDeviceIsSigning() {
        assertThat(diagnose("[Error] ECID inside APTicket doesn't match device ECID", "Failed with errorcode=-45").category())
                .isEqualTo(ErrorCategory.SIGNING);
        assertThat(diagnose("This APTicket can't be used for restoring this firmware", "[WARNING] NOT VALIDATING SHSH BLOBS!",
                "ERROR: Unable to send iBSS component: Unable to upload data to device").category())
                .isEqualTo(ErrorCategory.USB_CONNECTION);
    }

    @Test
    void aFullDiskOnTheDeviceIsNotThisComputers() {
        assertThat(diagnose("ASR: Could not restore - No space left on device", "ERROR: Unable to restore device").category())
                .isEqualTo(ErrorCategory.STORAGE);
        assertThat(diagnose("ASR: Could not restore - No space left on device", "ASR STATUS: fail").category())
                .isEqualTo(ErrorCategory.STORAGE);
        assertThat(diagnose("ERROR: Writing to 'cache/x.ipsw' failed: No space left on device").category())
                .isEqualTo(ErrorCategory.HOST);
    }

    @Test
    void aSigningRequestThatNeverConnectedIsNetworkWhateverTheWording() {
        Diagnosis diagnosis = diagnose("ERROR: tss_send_request: Unhandled status code 133",
                "ERROR: TSS request failed: Failed connect to 17.151.36.30:443; No error (status=133)",
                "ERROR: Unable to fetch Baseband TSS");

        assertThat(diagnosis).extracting(Diagnosis::category, Diagnosis::statusCode).containsExactly(ErrorCategory.NETWORK, 133);
        assertThat(diagnose("ERROR: Unable to send TSS request", "ERROR: Unable to get SHSH blobs for this device").category())
                .isEqualTo(ErrorCategory.NETWORK);
        assertThat(diagnose("TSS server returned: STATUS=94&MESSAGE=This device isn't eligible for the requested build.",
                "ERROR: Unable to send TSS request", "ERROR: Unable to get SHSH blobs for this device").appleCode()).isEqualTo(3194);
    }

    @Test
    void aDeviceThatGotNothingFromTheHostForAPartBlamesTheHost() {
        assertThat(diagnose("restore failed with CFError:", "0: AMRestoreErrorDomain/ffffffff: failed to update device firmware",
                "2: RamrodErrorDomain/3: update_iBoot: request for LLB data returned NULL").category()).isEqualTo(ErrorCategory.HOST);
    }

    @Test
    void aFailedStepNamingAnUpdaterTheStationDoesNotKnowBlamesThatCoProcessor() {
        Diagnosis diagnosis = diagnose("ERROR: Unable to successfully restore device",
                "Checkpoint FAILURE id: 0x648 result=0: [0]D(failed to update device firmware)[1]D(ramrod firmware update failed)"
                        + "[2]D(update_peppy: peppytool failure when attempting to flash the peppy firmware: 236)",
                "ERROR: Unable to restore device");

        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.SECURITY_PAIRING);
        assertThat(diagnosis.summary()).startsWith("The device could not update its co-processor peppy at restore step");
        assertThat(diagnose("Checkpoint FAILURE id: 0x648 result=0: [0]D(failed to install splat)").category())
                .isEqualTo(ErrorCategory.UNKNOWN);
    }

    @Test
    void theHostsUsbDriverFailingToConfigureTheDeviceOutranksTheUploadThatFollows() {
        Diagnosis diagnosis = diagnose("WARNING: set interface failed, error -8", "Sending iBEC (458120 bytes)...",
                "ERROR: Unable to send iBEC component: Unable to upload data to device");

        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.HOST);
    }

    @Test
    void oneEventOnThreeLinesIsOnePieceOfEvidence() {
        String[] cascade = {"ERROR: Unable to send iBEC component: Unable to upload data to device", "ERROR: Unable to send iBEC to device.",
                "ERROR: Unable to send iBEC"};
        EngineVerdict.Failure alone = failure(cascade);
        EngineVerdict.Failure seconded = failure(cascade[0], cascade[1], cascade[2], "ERROR: Could not read data (-256). Aborting.");

        assertThat(alone.evidence()).hasSize(3);
        assertThat(alone.confidence()).isEqualTo(0.45);
        assertThat(seconded.confidence()).isEqualTo(0.47);
    }

    @Test
    void aStepThatFailedWithoutSayingWhyIsOnlyAGuess() {
        EngineVerdict.Failure noRecovery = failure("Sending iBEC (280856 bytes)...", "[Error] ERROR: Unable to connect to recovery device",
                "Done: restoring failed.");
        EngineVerdict.Failure imageStep = failure("Checkpoint FAILURE id: 0x6B4 result=1101: [0]D(failed to invert APFS image)");
        EngineVerdict.Failure deviceSilent = failure("Done sending NORData", "ERROR: Could not read data (-256). Aborting.",
                "what=ERROR: Unable to restore device");

        assertThat(noRecovery.diagnosis().category()).isEqualTo(ErrorCategory.DEVICE_MODE);
        assertThat(imageStep.diagnosis().category()).isEqualTo(ErrorCategory.STORAGE);
        assertThat(deviceSilent.diagnosis().category()).isEqualTo(ErrorCategory.USB_CONNECTION);
        assertThat(List.of(noRecovery, imageStep, deviceSilent)).allSatisfy(f -> assertThat(f.confidence()).isLessThan(Scorecard.CONFIDENT));
    }

    @Test
    void theHostAndTheDeviceSeeingTheSameFailureIsMoreThanAGuess() {
        EngineVerdict.Failure both = failure("ERROR: Unable to send data to ASR. Sent 0 of 65536 bytes.", "ERROR: Unable to send payload to ASR",
                "Got status message", "Status: Fail");

        assertThat(both.diagnosis().category()).isEqualTo(ErrorCategory.USB_CONNECTION);
        assertThat(both.confidence()).isGreaterThanOrEqualTo(Scorecard.CONFIDENT);
    }

    @Test
    void aCauseOutranksASymptomOfTheSameStrengthWhereverItIs() {
        Diagnosis diagnosis = diagnose("ERROR: Unable to connect to recovery device", "ERROR: Unable to find a matching build identity");

        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.HOST);
    }

    @Test
    void theReasonTheDevicesAsrGivesDecidesBetweenItsStorageAndTheStreamItWasSent() {
        EngineVerdict.Failure stream = failure("ASR STATUS: start       617     multicast-client", "ASR: Unexpected character b at line 1",
                "ASR: Could not access multicast stream information", "ASR STATUS: fail");
        EngineVerdict.Failure checksum = failure("ASR: Checksum failed.", "ASR STATUS: fail: checksum failure", "ASR STATUS: fail");

        assertThat(stream.diagnosis().category()).isEqualTo(ErrorCategory.HOST);
        assertThat(checksum.diagnosis().category()).isEqualTo(ErrorCategory.STORAGE);
        assertThat(checksum.confidence()).isGreaterThanOrEqualTo(Scorecard.CONFIDENT);
        assertThat(checksum.evidence()).extracting(Evidence::rule).contains("device-asr-storage");
    }

    @Test
    void theDeviceSayingTheDataItWasGivenIsIncompleteBlamesTheTools() {
        Diagnosis diagnosis = diagnose("Checkpoint FAILURE id: 0x132A result=-1: [0]D(update_baseband_legacy: failed to perform next stage)"
                + "[1]D(Firmware data does not contain programmer");

        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.HOST);
    }

    @Test
    void theDeviceFailingToWriteItsBootFlashIsStorage() {
        Diagnosis diagnosis = diagnose("0: RamrodErrorDomain/3e9: update_iBoot: error writing image",
                "1: NSMachErrorDomain/e00002c2: write_image3_data: AppleImage3NORAccess returned an error when writing image3 object",
                "ERROR: Unable to restore device");

        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.STORAGE);
    }

    @Test
    void theApfsCheckerFindingInconsistenciesIsStorage() {
        assertThat(diagnose("ASR: nx_check:335: cib 0 ci 90 free count 7220 doesn't match free bits in bitmap block 7196").category())
                .isEqualTo(ErrorCategory.STORAGE);
    }

    @Test
    void anErrorTheEngineWorksAroundIsNotACause() {
        Diagnosis diagnosis = diagnose("ERROR: zip_name_locate: Firmware/all_flash/manifest", "Getting firmware manifest from build identity",
                "Extracting LLB.n66m.RELEASE.im4p...", "Unknown data request 'DeviceTree' received");

        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.HOST);
        assertThat(diagnose("ERROR: zip_name_locate: Firmware/all_flash/manifest", "ERROR: Unable to extract firmware manifest from ipsw")
                .category()).isEqualTo(ErrorCategory.FIRMWARE_FILE);
    }

    @Test
    void anArchiveTheToolWroteToATemporaryFolderIsNotTheIpsw() {
        assertThat(diagnose("ERROR: Could not open ZIP archive '/var/tmp/ae456f87572e': 19", "ERROR: Unable to send baseband data").category())
                .isEqualTo(ErrorCategory.HOST);
        assertThat(diagnose("ERROR: Could not open ZIP archive 'iPhone_4.7_12.1.1_16C50_Restore.ipsw': 19").category())
                .isEqualTo(ErrorCategory.FIRMWARE_FILE);
    }

    @Test
    void aDataRequestTheToolDoesNotKnowIsReadInEitherCase() {
        assertThat(diagnose("unknown data request 'devicetree' received").category()).isEqualTo(ErrorCategory.HOST);
    }

    @Test
    void futurerestoreRefusingTheTicketForThisRestoreIsSigning() {
        assertThat(diagnose("[exception]:", "what=APTicket can't be used for this restore", "Done: restoring failed!").category())
                .isEqualTo(ErrorCategory.SIGNING);
    }

    @Test
    void futurerestoresWordingOfANoReconnectIsRead() {
        assertThat(diagnose("Device did not reconnect. Possibly invalid iBEC. Reset device and try again").category())
                .isEqualTo(ErrorCategory.DEVICE_MODE);
    }

    @Test
    void aHugeLogKeepsOnlyFindings() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            log.append("ERROR: noise ").append(i).append('\n');
        }
        log.append("ERROR: Unable to send filesystem\n");

        EngineVerdict verdict = EngineLogClassifier.classify(new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(((EngineVerdict.Failure) verdict).diagnosis().category()).isEqualTo(ErrorCategory.USB_CONNECTION);
    }

    private static EngineVerdict.Failure failure(String... lines) {
        EngineVerdict verdict = EngineLogClassifier.classify(
                new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        assertThat(verdict).isInstanceOf(EngineVerdict.Failure.class);
        return (EngineVerdict.Failure) verdict;
    }

    private static Diagnosis diagnose(String... lines) {
        EngineVerdict verdict = EngineLogClassifier.classify(
                new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        assertThat(verdict).isInstanceOf(EngineVerdict.Failure.class);
        return ((EngineVerdict.Failure) verdict).diagnosis();
    }

    private static Diagnosis diagnoseFixture(String name) throws IOException {
        try (InputStream in = fixture(name)) {
            EngineVerdict verdict = EngineLogClassifier.classify(in);
            assertThat(verdict).isInstanceOf(EngineVerdict.Failure.class);
            return ((EngineVerdict.Failure) verdict).diagnosis();
        }
    }

    private static EngineLogClassifier live(ExitConvention exits, String... lines) {
        EngineLogClassifier classifier = new EngineLogClassifier(exits);
        EngineLineParser parser = new EngineLineParser();
        List<EngineEvent> events = new ArrayList<>();
        for (String line : lines) {
            events.addAll(parser.parse(line));
        }
        events.forEach(classifier);
        return classifier;
    }

    private static InputStream fixture(String name) {
        InputStream in = EngineLogClassifierTest.class.getResourceAsStream("/engine-logs/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
