package dev.restorestation.app.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.advisor.EmptyShopHistory;
import dev.restorestation.advisor.KnowledgeBase;
import dev.restorestation.advisor.ShopAdvisor;
import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.restore.log.EngineLogClassifier;
import dev.restorestation.restore.log.EngineVerdict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every failure the engine-log classifier recognises reaches specific advice: the knowledge
 * base knows the diagnosis (its Apple code, engine status or summary) and agrees on the category.
 */
class EngineFailureAdviceTest {

    private static final ShopAdvisor ADVISOR = new ShopAdvisor(KnowledgeBase.bundled(), new EmptyShopHistory(), Clock.systemUTC());

    @ParameterizedTest
    @ValueSource(strings = {
        "_irecv_handle_device_add: ERROR: can't connect to device: LIBUSB_ERROR_ACCESS",
        "ERROR: Unable to discover device mode. Please make sure a device is attached.",
        "10:02:11.250   <Error> Unable to discover device type",
        "[Error] [TSSC] device 'iPhone9,1' could not be found in devicelist",
        "[Error] [LFZP] failed to open URL",
        "[Error] unexpected device mode=4",
        "ERROR: Failed to start FDR Ctrl channel",
        "[Error] ECID inside APTicket doesn't match device ECID",
        "This APTicket can't be used for this restore",
        "Unknown request (BuildIdentityDict)",
        "This device isn't eligible for the requested build.",
        "ERROR: Unable to send iBEC component: Unable to upload data to device",
        "ERROR: Device did not disconnect. Possibly invalid iBEC. Reset device and try again.",
        "ERROR: Device did not reconnect in recovery mode. Possibly invalid iBEC. Reset device and try again.",
        "ERROR: Device failed to enter restore mode.\nPlease make sure that usbmuxd is running.",
        "ERROR: Device reconnected in Recovery mode, most likely image personalization failed.",
        "ERROR: Unable to get SHSH blobs for this device",
        "TSS request failed (status=94, message=This device isn't eligible for the requested build.)",
        "ERROR: Unable to send data to ASR. Sent 0 of 20 bytes.\nERROR: Unable to send filesystem",
        "Could not read data (-256). Aborting.",
        "ERROR: device didn't accept BasebandData",
        "ERROR: File download failed (checksum mismatch).",
        "ERROR: Unable to extract BuildManifest from /tmp/bad.ipsw",
        "curl: (6) Could not resolve host: gs.apple.com",
        "write: No space left on device",
        "Got status message\nStatus: Disk Failure",
        "Got status message\nStatus: Failed to mount filesystems.",
        "Got status message\nStatus: Failed to recover FDR data.",
        "Got status message\nStatus: Failed to load SEP Firmware.",
        "Got status message\nStatus: X-Gold Baseband Update Failed. Defective Unit?",
        "Got status message\nStatus: Verification Error"})
    void aRecognisedFailureGetsSpecificAdvice(String log) {
        EngineVerdict verdict = EngineLogClassifier.classify(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)));
        assertThat(verdict).isInstanceOf(EngineVerdict.Failure.class);
        Diagnosis diagnosis = ((EngineVerdict.Failure) verdict).diagnosis();

        Advice advice = ADVISOR.advise(diagnosis, null, null);

        assertThat(advice.known()).as("%s → %s", log, diagnosis).isTrue();
        assertThat(advice.category()).as("%s → %s", log, diagnosis).isEqualTo(diagnosis.category());
        assertThat(advice.fixes()).isNotEmpty();
    }
}
