package dev.restorestation.restore.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a file holds, the classifier answers in one line, in bounded time and memory. */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void aTwoGigabyteFileIsReadOnlyUpToTheBound() throws Exception {
        Path huge = dir.resolve("huge.log");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(2L << 30); // sparse: nothing is written to disk
        }

        long start = System.nanoTime();
        Diagnosis diagnosis;
        try (InputStream in = Files.newInputStream(huge)) {
            diagnosis = diagnosis(EngineLogClassifier.classify(in));
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.UNKNOWN);
        assertThat(diagnosis.summary()).isEqualTo("No line of this file looks like idevicerestore output: is it an engine log?"
                + " (only the first 64 MiB or 500000 lines were read)");
    }

    @Test
    void aTenMegabyteLineIsCutAndTheLinesAfterItStillCount() {
        byte[] longLine = new byte[10 << 20];
        java.util.Arrays.fill(longLine, (byte) 'x');
        InputStream log = new SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                new ByteArrayInputStream(longLine),
                new ByteArrayInputStream("\nERROR: Unable to discover device mode. Please make sure a device is attached.\n"
                        .getBytes(StandardCharsets.US_ASCII)))));

        EngineVerdict.Failure failure = (EngineVerdict.Failure) EngineLogClassifier.classify(log);

        assertThat(failure.diagnosis().category()).isEqualTo(ErrorCategory.DEVICE_NOT_FOUND);
        assertThat(failure.evidence()).singleElement().extracting(Evidence::line).isEqualTo(2L);
    }

    @Test
    void tooManyLinesStopAtTheBound() {
        byte[] line = "progress: 1 0.500000\n".getBytes(StandardCharsets.US_ASCII);
        InputStream endless = new InputStream() {
            private long at;

            @Override
            public int read() {
                return line[(int) (at++ % line.length)];
            }
        };

        Diagnosis diagnosis = diagnosis(EngineLogClassifier.classify(endless));

        assertThat(diagnosis.summary()).isEqualTo("The log shows no result: it may have been cut short"
                + " (only the first 64 MiB or 500000 lines were read)");
    }

    @Test
    void binaryGarbageIsNotMistakenForALog() {
        byte[] garbage = new byte[4 << 20];
        new Random(15).nextBytes(garbage);

        Diagnosis diagnosis = diagnosis(EngineLogClassifier.classify(new ByteArrayInputStream(garbage)));

        assertThat(diagnosis).isEqualTo(new Diagnosis(ErrorCategory.UNKNOWN, null, null,
                "No line of this file looks like idevicerestore output: is it an engine log?"));
    }

    @Test
    void garbageIsNotGivenToTheRulesEvenWithEngineWordsInsideButALineWithAForeignPathIs() {
        byte[] noise = new byte[200];
        new Random(9).nextBytes(noise);
        String garbageLine = new String(noise, StandardCharsets.ISO_8859_1).replaceAll("[\\r\\n]", "") + "ERROR: Unable to send filesystem";

        assertThat(EngineLogClassifier.mostlyText(garbageLine.replaceAll("[\\x00-\\x1f\\x7f]", "?"))).isFalse();
        assertThat(EngineLogClassifier.mostlyText("/Users/me/Desktop/Legacy/restore.sh: 第 3625 行：10113 Segmentation fault: 11")).isTrue();
        assertThat(diagnosis(EngineLogClassifier.classify(new ByteArrayInputStream(
                ("ERROR: Unable to send filesystem\n" + "\u0000".repeat(300)).getBytes(StandardCharsets.UTF_8)))).category())
                .isEqualTo(ErrorCategory.USB_CONNECTION);
    }

    @Test
    void numbersTooLongForTheEngineAreNotRead() {
        Diagnosis diagnosis = diagnosis(EngineLogClassifier.classify(new ByteArrayInputStream(String.join("\n",
                "Checkpoint 1 complete with code 99999999999999999999", "Unhandled status message (99999999999999)",
                "progress: 99999999999999 0.5", "TSS request failed (status=99999999999999, message=x)",
                "CHECKPOINT FAILURE:(FAILURE:99999999999999) RESTORED:[0x0656] update_se",
                "Error Domain=RamrodErrorDomain Code=99999999999999 SE updater", "0: RamrodErrorDomain/fffffffffffffffff: SE",
                "ERROR: Unable to restore device").getBytes(StandardCharsets.US_ASCII))));

        assertThat(diagnosis.category()).isNotNull();
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThat(diagnosis(EngineLogClassifier.classify(new ByteArrayInputStream(new byte[0]))).summary())
                .isEqualTo("The log is empty");
    }

    private static Diagnosis diagnosis(EngineVerdict verdict) {
        return ((EngineVerdict.Failure) verdict).diagnosis();
    }
}
