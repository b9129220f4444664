package dev.restorestation.restore.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.restore.EngineAction;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineRequest;
import dev.restorestation.core.restore.EngineRun;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.restore.log.EngineLogClassifier;
import dev.restorestation.restore.log.EngineVerdict;
import dev.restorestation.restore.log.ExitConvention;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedEngineTest {

    private static final Ecid ECID = new Ecid(0xA1B2C3D4E5F6L);
    private static final Duration BEAT = Duration.ofMillis(2);

    @TempDir
    Path dir;

    private final BlockingQueue<Ecid> unplugged = new LinkedBlockingQueue<>();

    @Test
    void aSuccessLooksLikeTheRealEngine() throws Exception {
        EventRecorder events = run("success");

        assertThat(events.events()).first().isInstanceOf(EngineEvent.LogLine.class);
        assertThat(events.events()).contains(
                new EngineEvent.StepProgress(RestoreStep.DETECT, 0),
                new EngineEvent.StepProgress(RestoreStep.UPLOAD_FILESYSTEM, 1),
                new EngineEvent.DeviceOperation("Waiting for NAND", 28),
                new EngineEvent.StatusMessage("Restore Finished", 0),
                new EngineEvent.StepProgress(RestoreStep.UPLOAD_IMAGES, 1));
        assertThat(events.events()).last().isEqualTo(new EngineEvent.Finished(0));
        assertThat(verdict(events)).isInstanceOf(EngineVerdict.Success.class);
    }

    @Test
    void anAppleErrorIsLoggedTheWayTheDeviceReportsIt() throws Exception {
        Diagnosis diagnosis = ((EngineVerdict.Failure) verdict(run("fail:4013"))).diagnosis();

        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.USB_CONNECTION);
        assertThat(diagnosis.appleCode()).isEqualTo(4013);
    }

    @Test
    void anUnsignedBuildFailsEarlyAsSigning() throws Exception {
        EventRecorder events = run("fail:3194");

        Diagnosis diagnosis = ((EngineVerdict.Failure) verdict(events)).diagnosis();
        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.SIGNING);
        assertThat(diagnosis.appleCode()).isEqualTo(3194);
        assertThat(events.events()).doesNotContain(new EngineEvent.StepProgress(RestoreStep.UPLOAD_FILESYSTEM, 0));
    }

    @Test
    void anEngineMessageIsClassifiedLikeTheRealLine() throws Exception {
        Diagnosis diagnosis = ((EngineVerdict.Failure) verdict(run("message:Device failed to enter restore mode."))).diagnosis();

        assertThat(diagnosis.category()).isEqualTo(ErrorCategory.DEVICE_MODE);
    }

    @Test
    void aHangStaysUntilCancelled() throws Exception {
        EventRecorder events = new EventRecorder();
        EngineRun run = engine("hang").start(request(), events);

        events.awaitLine("progress: 2 0.5", 5000);
        assertThat(run.waitFor(Duration.ofMillis(200))).isFalse();
        run.cancel();

        assertThat(run.waitFor(Duration.ofSeconds(5))).isTrue();
        assertThat(events.events()).last().isEqualTo(new EngineEvent.Finished(SimulatedEngine.CANCELLED_EXIT));
    }

    @Test
    void aPulledCableTellsTheBenchAndStalls() throws Exception {
        EventRecorder events = new EventRecorder();
        EngineRun run = engine("unplugged").start(request(), events);

        assertThat(unplugged.poll(5, TimeUnit.SECONDS)).isEqualTo(ECID);
        assertThat(events.lines()).anyMatch(line -> line.startsWith("progress: 2 0.5"));
        assertThat(unplugged).isEmpty();
        assertThat(run.waitFor(Duration.ofMillis(100))).isFalse();
        run.cancel();
        assertThat(run.waitFor(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void theFirstRunExtractsAndTheNextReusesIt() throws Exception {
        EventRecorder first = run("success");
        EventRecorder second = run("success");

        assertThat(first.lines()).anyMatch(line -> line.startsWith("Extracting filesystem from IPSW"));
        assertThat(second.lines()).anyMatch(line -> line.startsWith("Using cached filesystem"))
                .noneMatch(line -> line.startsWith("Extracting"));
    }

    @Test
    void outcomesAreReadFromTheCommandLine() {
        assertThat(SimulatedOutcome.parse("success")).isEqualTo(new SimulatedOutcome.Success());
        assertThat(SimulatedOutcome.parse("fail:4013")).isEqualTo(new SimulatedOutcome.AppleError(4013));
        assertThat(SimulatedOutcome.parse("HANG")).isEqualTo(new SimulatedOutcome.Hang());
        assertThatThrownBy(() -> SimulatedOutcome.parse("fail:abc")).hasMessageContaining("fail:4013");
        assertThatThrownBy(() -> SimulatedOutcome.parse("explode")).hasMessageContaining("success, fail:CODE or hang");
    }

    @Test
    void aSigningCheckOnlyAsks() throws Exception {
        EventRecorder events = new EventRecorder();
        EngineRun run = engine("success").start(new EngineRequest(ECID, dir.resolve("fw.ipsw"), RestoreKind.UPDATE,
                EngineAction.SIGNING_CHECK, dir.resolve("cache"), true, "20H350"), events);

        assertThat(run.waitFor()).isZero();
        assertThat(events.events()).noneMatch(EngineEvent.StepProgress.class::isInstance);
    }

    private EventRecorder run(String outcome) throws Exception {
        EventRecorder events = new EventRecorder();
        EngineRun run = engine(outcome).start(request(), events);
        assertThat(run.waitFor(Duration.ofSeconds(10))).isTrue();
        return events;
    }

    private SimulatedEngine engine(String outcome) {
        return new SimulatedEngine(ecid -> SimulatedOutcome.parse(outcome), BEAT, unplugged::add);
    }

    private EngineRequest request() {
        return new EngineRequest(ECID, dir.resolve("iPhone10,3_16.7.10_20H350_Restore.ipsw"), RestoreKind.UPDATE,
                EngineAction.RESTORE, dir.resolve("cache"), false, "20H350");
    }

    private static EngineVerdict verdict(EventRecorder events) {
        EngineLogClassifier classifier = new EngineLogClassifier(ExitConvention.forVersion("simulated"));
        events.events().forEach(classifier);
        return classifier.verdict();
    }
}
