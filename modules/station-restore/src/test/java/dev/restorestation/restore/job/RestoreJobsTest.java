package dev.restorestation.restore.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.DeviceFacts;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.QueueOutcome;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.restore.WaitingReason;
import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.restore.IdevicerestoreProbe;
import dev.restorestation.restore.engine.IdevicerestoreEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Restores in parallel within the limits, proven on the device, failing, cancelled and queued. */
class RestoreJobsTest extends RestoreJobsFixture {

    @Test
    void thirtyTwoDevicesInParallelStayWithinTheLimitsAndStaggerTheirUploads() throws Exception {
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, new RestoreLimits(12, 6, 2), QUICK);
        List<RestoreHandle> handles = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            handles.add(jobs.submit(request(device(i), false), updates::add));
        }

        for (RestoreHandle handle : handles) {
            assertThat(handle.result().get(60, TimeUnit.SECONDS)).isInstanceOf(RestoreResult.Succeeded.class);
        }

        assertThat(probe.restoreRuns).isEqualTo(32);
        assertThat(probe.maxRunning).isBetween(2, 12);
        assertThat(probe.maxOnBus).isLessThanOrEqualTo(6);
        assertThat(probe.maxUploadingOnBus).isEqualTo(2);
        assertThat(attempts.entries).hasSize(32);
        assertThat(attempts.entries.values()).allSatisfy(entry -> {
            assertThat(entry.outcome).isEqualTo(AttemptOutcome.SUCCEEDED);
            assertThat(entry.log()).contains("Status: Restore Finished").endsWith("DONE\n");
            assertThat(entry.begun.build()).isEqualTo("20H350");
            assertThat(entry.begun.engine()).isEqualTo("simulated");
            assertThat(entry.begun.customerNote()).isEqualTo("Back glass cracked");
            assertThat(entry.begun.serialNumber()).startsWith("F2LZK0ABC1");
        });
        assertThat(firmware.openLeases).hasValue(0);
        assertThat(updates).anyMatch(u -> u.phase() == RestorePhase.RESTORING && u.fraction() == 1.0);
        assertThat(jobs.running()).isZero();
    }

    @Test
    void aDeviceThatComesBackOnTheRestoredBuildIsVerified() throws Exception {
        jobs = jobs(simulated(), RestoreLimits.bench(), QUICK);
        DeviceSnapshot device = device(1);
        runsAfter.put(device.ecid(), "20H350");

        RestoreResult result = jobs.submit(request(device, false), updates::add).result().get(30, TimeUnit.SECONDS);

        Verification check = ((RestoreResult.Succeeded) result).verification();
        assertThat(check.result()).isEqualTo(Verification.Result.VERIFIED);
        assertThat(check.deviceBuild()).isEqualTo("20H350");
        assertThat(check.deviceVersion()).isEqualTo("16.7.10");
        assertThat(check.activationState()).isEqualTo("Unactivated");
        assertThat(check.verifiedAt()).isNotNull();
        assertThat(attempts.entry(((RestoreResult.Succeeded) result).attemptId()).verification).isEqualTo(check);
        assertThat(updates).anyMatch(u -> u.phase() == RestorePhase.VERIFYING);
        List<String> steps = attempts.entry(((RestoreResult.Succeeded) result).attemptId()).steps;
        assertThat(steps).as("each step the engine reached, once").hasSizeGreaterThan(2).doesNotHaveDuplicates();
        assertThat(updates.stream().filter(u -> u.step() != RestoreStep.UNKNOWN).map(u -> u.step().label()).distinct())
                .containsExactlyElementsOf(steps);
    }

    @Test
    void aDeviceThatDoesNotComeBackIsRecordedAsNotSeen() throws Exception {
        jobs = jobs(simulated(), RestoreLimits.bench(), QUICK);

        RestoreResult result = jobs.submit(request(device(2), false), updates::add).result().get(30, TimeUnit.SECONDS);

        Verification check = ((RestoreResult.Succeeded) result).verification();
        assertThat(check).isEqualTo(Verification.notSeen());
        assertThat(attempts.entry(((RestoreResult.Succeeded) result).attemptId()).verification).isEqualTo(check);
    }

    @Test
    void aDeviceThatComesBackOnAnotherBuildSaysSo() throws Exception {
        jobs = jobs(simulated(), RestoreLimits.bench(), QUICK);
        DeviceSnapshot device = device(3);
        runsAfter.put(device.ecid(), "20G75");

        RestoreResult result = jobs.submit(request(device, false), updates::add).result().get(30, TimeUnit.SECONDS);

        Verification check = ((RestoreResult.Succeeded) result).verification();
        assertThat(check.result()).isEqualTo(Verification.Result.WRONG_BUILD);
        assertThat(check.deviceBuild()).isEqualTo("20G75");
        assertThat(check.describe()).isEqualTo("the device reports build 20G75, not the restored one");
    }

    @Test
    void aDeviceBackWithoutABuildIsAskedUntilTheWaitEndsAndThenSaysSo() throws Exception {
        jobs = jobs(simulated(), RestoreLimits.bench(), QUICK);
        DeviceSnapshot device = device(4);
        cameBack.put(device.ecid(), new DeviceFacts("iPhone10,3", null, null, "udid", null));

        RestoreResult result = jobs.submit(request(device, false), updates::add).result().get(30, TimeUnit.SECONDS);

        Verification check = ((RestoreResult.Succeeded) result).verification();
        assertThat(check.result()).isEqualTo(Verification.Result.WRONG_BUILD);
        assertThat(check.deviceBuild()).isNull();
        assertThat(check.describe()).isEqualTo("the device reports no build, not the restored one");
    }

    @Test
    void theFirstExtractionOfAnIpswHappensOnce() throws Exception {
        jobs = jobs(simulated(), new RestoreLimits(8, 8, 8), QUICK);
        List<RestoreHandle> handles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            handles.add(jobs.submit(request(device(i * 8), false), updates::add));
        }
        for (RestoreHandle handle : handles) {
            handle.result().get(30, TimeUnit.SECONDS);
        }

        long extractions = attempts.entries.values().stream()
                .filter(entry -> entry.log().contains("Extracting filesystem from IPSW")).count();
        assertThat(extractions).isEqualTo(1);
    }

    @Test
    void aFailureIsRecordedWithItsDiagnosisAndTheAdvice() throws Exception {
        jobs = jobs(simulated(), RestoreLimits.bench(), QUICK);
        DeviceSnapshot device = device(3);
        outcomes.put(device.ecid(), "fail:4013");

        RestoreResult result = jobs.submit(request(device, false), updates::add).result().get(30, TimeUnit.SECONDS);

        RestoreResult.Failed failed = (RestoreResult.Failed) result;
        assertThat(failed.diagnosis().category()).isEqualTo(ErrorCategory.USB_CONNECTION);
        assertThat(failed.diagnosis().appleCode()).isEqualTo(4013);
        assertThat(failed.advice().fixes()).extracting(Fix::id).containsExactly("other-cable", "direct-port");
        MemoryAttemptLog.Entry entry = attempts.entry(failed.attemptId());
        assertThat(entry.outcome).isEqualTo(AttemptOutcome.FAILED);
        assertThat(entry.diagnosis).isEqualTo(failed.diagnosis());
        assertThat(entry.log()).contains("CHECKPOINT FAILURE:(FAILURE:4013)").contains("ERROR: Unable to restore device");
    }

    @Test
    void aDevicePulledMidRestoreEndsAsUsbConnectionWithinSeconds() throws Exception {
        jobs = jobs(simulated(), RestoreLimits.bench(), QUICK);
        DeviceSnapshot device = device(5);
        outcomes.put(device.ecid(), "unplugged");
        long started = System.nanoTime();

        RestoreResult result = jobs.submit(request(device, false), updates::add).result().get(30, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        RestoreResult.Failed failed = (RestoreResult.Failed) result;
        assertThat(failed.diagnosis()).isEqualTo(new Diagnosis(ErrorCategory.USB_CONNECTION, null, null,
                "The device left slot 6 during the restore (cable pulled or link lost)"));
        assertThat(attempts.entry(failed.attemptId()).outcome).isEqualTo(AttemptOutcome.FAILED);
    }

    @Test
    void aStalledEngineIsStopped() throws Exception {
        jobs = jobs(simulated(), RestoreLimits.bench(),
                new RestoreTimeouts(Duration.ofMillis(300), Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofMillis(50),
                        Duration.ofMillis(400)));
        DeviceSnapshot device = device(1);
        outcomes.put(device.ecid(), "hang");

        RestoreResult result = jobs.submit(request(device, false), updates::add).result().get(30, TimeUnit.SECONDS);

        RestoreResult.Failed failed = (RestoreResult.Failed) result;
        assertThat(failed.diagnosis().category()).isEqualTo(ErrorCategory.UNKNOWN);
        assertThat(failed.diagnosis().summary()).isEqualTo("The engine made no progress for 1 seconds and was stopped");
    }

    @Test
    void cancellingARunningRestoreRecordsItAsCancelled() throws Exception {
        jobs = jobs(simulated(), RestoreLimits.bench(), QUICK);
        DeviceSnapshot device = device(2);
        outcomes.put(device.ecid(), "hang");
        RestoreHandle handle = jobs.submit(request(device, false), updates::add);
        long deadline = System.currentTimeMillis() + 10_000;
        while (updates.stream().noneMatch(u -> u.fraction() == 0.5) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }

        handle.cancel();

        RestoreResult.Cancelled cancelled = (RestoreResult.Cancelled) handle.result().get(10, TimeUnit.SECONDS);
        assertThat(attempts.entry(cancelled.attemptId()).outcome).isEqualTo(AttemptOutcome.CANCELLED);
        assertThat(firmware.openLeases).hasValue(0);
    }

    @Test
    void missingFirmwareIsSaidPlainly() throws Exception {
        jobs = jobs(simulated(), RestoreLimits.bench(), QUICK);
        RestoreRequest request = RestoreRequest.of(device(0), new Ticket("T-1"),
                new FirmwareChoice.LocalFile(dir.resolve("nope.ipsw")), RestoreKind.UPDATE).build();

        RestoreResult result = jobs.submit(request, updates::add).result().get(10, TimeUnit.SECONDS);

        assertThat(((RestoreResult.NotStarted) result).diagnosis().category()).isEqualTo(ErrorCategory.FIRMWARE_FILE);
        assertThat(((RestoreResult.NotStarted) result).diagnosis().summary()).contains("nope.ipsw does not exist");
    }

    @Test
    void oneDeviceRestoresOneJobAtATime() throws Exception {
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, RestoreLimits.bench(), QUICK);
        DeviceSnapshot device = device(7);

        RestoreHandle first = jobs.submit(request(device, false), updates::add);
        RestoreHandle second = jobs.submit(request(device, false), updates::add);
        first.result().get(30, TimeUnit.SECONDS);
        second.result().get(30, TimeUnit.SECONDS);

        String ecid = device.ecid().toString();
        assertThat(probe.timeline()).containsExactly("start " + ecid, "end " + ecid, "start " + ecid, "end " + ecid);
    }

    @Test
    void theQueueShowsRunningWaitingAndDoneAndAWaitingRestoreCanBeTakenOut() throws Exception {
        jobs = jobs(simulated(), new RestoreLimits(1, 8, 8, 8), QUICK);
        DeviceSnapshot first = device(0);
        outcomes.put(first.ecid(), "hang");
        RestoreHandle running = jobs.submit(request(first, false), updates::add);
        awaitQueue(entries -> entries.size() == 1 && entries.get(0).state() == QueueEntry.State.RUNNING);
        RestoreHandle second = jobs.submit(request(device(1), false), updates::add);
        RestoreHandle third = jobs.submit(request(device(2), false), updates::add);

        List<QueueEntry> line = awaitQueue(entries -> entries.stream().filter(e -> e.waitingFor() == WaitingReason.STATION_CAP).count() == 2);
        assertThat(line).extracting(QueueEntry::slot, QueueEntry::state, QueueEntry::waitingFor, QueueEntry::position,
                QueueEntry::build).containsExactly(
                tuple("2", QueueEntry.State.WAITING, WaitingReason.STATION_CAP, 1, "20H350"),
                tuple("3", QueueEntry.State.WAITING, WaitingReason.STATION_CAP, 2, "20H350"),
                tuple("1", QueueEntry.State.RUNNING, null, 0, "20H350"));

        assertThat(updates).as("a waiting job says what holds it back")
                .anyMatch(u -> u.phase() == RestorePhase.QUEUED && u.message().equals("Station cap"));
        assertThat(jobs.queue().remove(device(1).ecid())).isTrue();
        assertThat(second.result().get(10, TimeUnit.SECONDS)).isInstanceOf(RestoreResult.NotStarted.class);
        assertThat(jobs.queue().remove(first.ecid())).as("a running restore is cancelled, not removed").isFalse();
        running.cancel();

        assertThat(third.result().get(30, TimeUnit.SECONDS)).isInstanceOf(RestoreResult.Succeeded.class);
        assertThat(jobs.queue().entries()).filteredOn(e -> e.state() == QueueEntry.State.DONE)
                .extracting(QueueEntry::slot, QueueEntry::outcome)
                .containsExactly(tuple("3", new QueueOutcome(QueueOutcome.Ending.RESTORED, null)),
                        tuple("1", new QueueOutcome(QueueOutcome.Ending.CANCELLED, null)),
                        tuple("2", new QueueOutcome(QueueOutcome.Ending.NOT_STARTED, ErrorCategory.UNKNOWN)));
        assertThat(attempts.entries).as("the removed restore never began an attempt").hasSize(2);
    }

    @Test
    void theRealEngineWithNoDeviceRecordsDeviceNotFound() throws Exception {
        Path real = HostRequirement.program("idevicerestore");
        String version = new IdevicerestoreProbe(real.toString(), "").probe().version();
        jobs = jobs(new IdevicerestoreEngine(real, version), RestoreLimits.bench(), RestoreTimeouts.bench(1));
        DeviceSnapshot device = device(0);

        RestoreResult result = jobs.submit(request(device, false), updates::add).result().get(60, TimeUnit.SECONDS);

        RestoreResult.Failed failed = (RestoreResult.Failed) result;
        assertThat(failed.diagnosis().category()).isEqualTo(ErrorCategory.DEVICE_NOT_FOUND);
        MemoryAttemptLog.Entry entry = attempts.entry(failed.attemptId());
        assertThat(entry.outcome).isEqualTo(AttemptOutcome.FAILED);
        assertThat(entry.begun.engine()).isEqualTo("idevicerestore");
        assertThat(entry.begun.engineVersion()).isEqualTo(version);
        assertThat(entry.log()).contains("ERROR: Unable to discover device mode");
        if (version.equals("1.0.0")) {
            assertThat(failed.diagnosis().statusCode()).isEqualTo(-1);
        }
    }
}
