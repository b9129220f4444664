package dev.restorestation.restore.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineEvent.Checkpoint;
import dev.restorestation.core.restore.EngineEvent.DeviceOperation;
import dev.restorestation.core.restore.EngineEvent.LogLine;
import dev.restorestation.core.restore.EngineEvent.StatusMessage;
import dev.restorestation.core.restore.EngineEvent.StepProgress;
import dev.restorestation.core.restore.EngineLogLevel;
import dev.restorestation.core.restore.RestoreStep;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineLineParserTest {

    private final EngineLineParser parser = new EngineLineParser();

    @Test
    void plainProgressNamesTheStep() {
        List<EngineEvent> events = parser.parse("progress: 2 0.437500");

        assertThat(events).containsExactly(
                new LogLine(EngineLogLevel.INFO, "progress: 2 0.437500"),
                new StepProgress(RestoreStep.UPLOAD_FILESYSTEM, 0.4375));
    }

    @ParameterizedTest
    @CsvSource({
        "0, DETECT", "1, PREPARE", "2, UPLOAD_FILESYSTEM", "3, VERIFY_FILESYSTEM",
        "4, FLASH_FIRMWARE", "5, FLASH_BASEBAND", "6, FUD", "7, UPLOAD_IMAGES", "9, UNKNOWN",
    })
    void everyStepNumberIsKnown(int number, RestoreStep step) {
        assertThat(parser.parse("progress: " + number + " 1.000000")).contains(new StepProgress(step, 1.0));
    }

    @Test
    void aBarBelongsToTheLastNumberedStep() {
        parser.parse("progress: 2 0.000000");

        assertThat(parser.parse("[=====                    ]  45.0%"))
                .containsExactly(new StepProgress(RestoreStep.UPLOAD_FILESYSTEM, 0.45));
    }

    @Test
    void anErrorGluedToABarIsStillAnError() {
        List<EngineEvent> events = parser.parse("[=============        ]  19.0%ERROR: Unable to send data to ASR. Sent 0 of 20 bytes.");

        assertThat(events).containsExactly(
                new StepProgress(RestoreStep.UNKNOWN, 0.19),
                new LogLine(EngineLogLevel.ERROR, "Unable to send data to ASR. Sent 0 of 20 bytes."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ERROR: Unable to send iBEC|ERROR|Unable to send iBEC",
        "WARNING: could not read the nonce|WARNING|could not read the nonce",
        "NOTE: not sending baseband|NOTICE|not sending baseband",
        "INFO: device serial number is X|INFO|device serial number is X",
        "_irecv_handle_device_add: ERROR: can't connect to device: LIBUSB_ERROR_ACCESS|ERROR|_irecv_handle_device_add: ERROR: can't connect to device: LIBUSB_ERROR_ACCESS",
        "09:38:32.205   <Error> Unable to discover device type|ERROR|Unable to discover device type",
        "09:38:32.205 <Warning> slow link|WARNING|slow link",
        "09:38:32.205  <Notice> Sending iBEC|NOTICE|Sending iBEC",
        "09:38:31.956    <Info> INFO: device serial number is CKQEMUAS1122|INFO|device serial number is CKQEMUAS1122",
        "09:38:32.205 <Verbose> progress: 1 0.5|VERBOSE|progress: 1 0.5",
        "09:38:32.205   <Debug> Cleaning up...|DEBUG|Cleaning up...",
        "Found device in Recovery mode|INFO|Found device in Recovery mode",
    })
    void readsTheLevelOfBothFormats(String line, EngineLogLevel level, String text) {
        assertThat(parser.parse(line).get(0)).isEqualTo(new LogLine(level, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[12:11:50.829][14968] : ERROR: Unable to find any build identities|ERROR|Unable to find any build identities",
        "[12:11:50.663][14968] : Found device in Normal mode|INFO|Found device in Normal mode",
        "20:17:39.147:  ERROR: Failed to send/receive data from the restore process.|ERROR|Failed to send/receive data from the restore process.",
        "[Error] ERROR: Unable to send iBEC|ERROR|Unable to send iBEC",
        "[Error] [TSSR] Error: could not get RestoreBehavior|ERROR|[TSSR] Error: could not get RestoreBehavior",
        "what=ERROR: Unable to restore device|ERROR|Unable to restore device",
        "[Error] failed to read SEP|ERROR|failed to read SEP",
    })
    void aFrontEndsTimeStampOrMarkIsNotPartOfTheLine(String line, EngineLogLevel level, String text) {
        assertThat(parser.parse(line).get(0)).isEqualTo(new LogLine(level, text));
    }

    @Test
    void aCheckpointBehindAFrontEndsTimeStampIsStillACheckpoint() {
        List<EngineEvent> events = parser.parse("20:17:39.118:  Checkpoint FAILURE id: 0x648 result=0: [0]D(failed to install splat)");

        assertThat(events).containsExactly(
                new LogLine(EngineLogLevel.INFO, "Checkpoint FAILURE id: 0x648 result=0: [0]D(failed to install splat)"),
                new Checkpoint("[0]D(failed to install splat)", 0, null, true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Status: Restore Finished|0",
        "Status: Verification Error|-1",
        "Status: Disk Failure|6",
        "Status: Fail|14",
        "Status: Failed to mount filesystems.|27",
        "Status: Failed to recover FDR data.|53",
        "Status: X-Gold Baseband Update Failed. Defective Unit?|1015",
        "Unhandled status message (68)|68",
        "12:00:00.000    <Info> Status: Disk Failure|6",
    })
    void statusMessagesCarryTheirNumber(String line, int code) {
        assertThat(parser.parse(line)).last()
                .isInstanceOfSatisfying(StatusMessage.class, status -> assertThat(status.code()).isEqualTo(code));
    }

    @Test
    void theSepStatusHasNoSingleNumber() {
        assertThat(parser.parse("Status: Failed to load SEP Firmware.")).last()
                .isEqualTo(new StatusMessage("Failed to load SEP Firmware.", null));
    }

    @Test
    void deviceOperationsAreNamedWithTheirCode() {
        assertThat(parser.parse("Updating baseband (19)")).last().isEqualTo(new DeviceOperation("Updating baseband", 19));
        assertThat(parser.parse("Waiting for NAND (28)")).last().isEqualTo(new DeviceOperation("Waiting for NAND", 28));
        assertThat(parser.parse("Sending RestoreDeviceTree (206176 bytes)...")).hasSize(1);
    }

    @Test
    void checkpointsInEveryForm() {
        assertThat(parser.parse("[10:20:59.0825-GMT]{4>7} CHECKPOINT FAILURE:(FAILURE:14) RESTORED:[0x0624] restore_images [0]D(failed to restore image)"))
                .last().isEqualTo(new Checkpoint("restore_images (failed to restore image)", 14, null, true));
        assertThat(parser.parse("restore-step-codes = {0x11070624:{0:4014}}"))
                .last().isEqualTo(new Checkpoint("0x11070624", 4014, null, true));
        assertThat(parser.parse("restore-step-domains = {0x11070624:{0:\"AMRestoreErrorDomain\"}}"))
                .last().isEqualTo(new Checkpoint("0x11070624", null, "AMRestoreErrorDomain", false));
        assertThat(parser.parse("Checkpoint FAILURE id: 0x624 result=4013: restore_images"))
                .last().isEqualTo(new Checkpoint("restore_images", 4013, null, true));
        assertThat(parser.parse("Checkpoint 1626 complete with code 0"))
                .last().isEqualTo(new Checkpoint("1626", 0, null, false));
    }

    @Test
    void garbageIsJustALine() {
        assertThat(parser.parse("progress: x y")).containsExactly(new LogLine(EngineLogLevel.INFO, "progress: x y"));
        assertThat(parser.parse("\uFFFD\uFFFD?? [[[ ]]] 999%")).hasSize(1);
        assertThat(parser.parse("")).containsExactly(new LogLine(EngineLogLevel.INFO, ""));
    }
}
