package dev.restorestation.restore.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Advisor;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.BoardId;
import dev.restorestation.core.device.DeviceFacts;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.firmware.SigningAnswer;
import dev.restorestation.core.firmware.SigningStatus;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.RestoreEngine;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.restore.WaitingReason;
import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.restore.IdevicerestoreProbe;
import dev.restorestation.restore.engine.IdevicerestoreEngine;
import dev.restorestation.restore.engine.SimulatedEngine;
import dev.restorestation.restore.engine.SimulatedOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreJobsTest {

    private static final Duration BEAT = Duration.ofMillis(2);
    private static final RestoreTimeouts QUICK = new RestoreTimeouts(Duration.ofSeconds(30), Duration.ofMillis(400),
            Duration.ofSeconds(30), Duration.ofMillis(50), Duration.ofMillis(400));

    @TempDir
    Path dir;

    private MemoryFirmwareCache firmware;
    private final MemoryAttemptLog attempts = new MemoryAttemptLog();
    private final Map<Ecid, DeviceSnapshot> bench = new ConcurrentHashMap<>();
    private final Set<Ecid> present = ConcurrentHashMap.newKeySet();
    private final Map<Ecid, String> outcomes = new ConcurrentHashMap<>();
    /** The build each device runs when it comes back after its restore; a device not named stays away. */
    private final Map<Ecid, String> runsAfter = new ConcurrentHashMap<>();
    private final Map<Ecid, DeviceFacts> cameBack = new ConcurrentHashMap<>();
    private final List<RestoreUpdate> updates = new CopyOnWriteArrayList<>();
    /** What the catalog says of any build; by default it does not list it, so it cannot vouch. */
    private SigningStatus catalog = (productType, build) ->
            new SigningAnswer(SigningAnswer.State.NOT_LISTED, Instant.now(), false);
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private RetryPolicy retry = RetryPolicy.none();
    private volatile String escalation = "";
    private RestoreJobs jobs;

    @BeforeEach
    void firmware() throws Exception {
        firmware = new MemoryFirmwareCache(dir);
    }

    @AfterEach
    void close() {
        if (jobs != null) {
            jobs.close();
        }
    }

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
    void theSigningCheckStopsAnUnsignedBuildBeforeTheRestore() throws Exception {
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, RestoreLimits.bench(), QUICK);
        DeviceSnapshot device = device(4);
        outcomes.put(device.ecid(), "fail:3194");

        RestoreResult result = jobs.submit(request(device, true), updates::add).result().get(30, TimeUnit.SECONDS);

        RestoreResult.Failed failed = (RestoreResult.Failed) result;
        assertThat(failed.diagnosis().category()).isEqualTo(ErrorCategory.SIGNING);
        assertThat(failed.diagnosis().appleCode()).isEqualTo(3194);
        assertThat(probe.signingChecks).isEqualTo(1);
        assertThat(probe.restoreRuns).isZero();
        assertThat(attempts.entry(failed.attemptId()).log()).contains("TSS request failed (status=94");
    }

    @Test
    void aBuildThatDoesNotFitTheBoardNeverTouchesTheDevice() throws Exception {
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, RestoreLimits.bench(), QUICK);
        DeviceSnapshot device = device(0);
        RestoreRequest request = RestoreRequest.of(device, new Ticket("T-1"), new FirmwareChoice.Build("20H350"),
                RestoreKind.ERASE).board(new BoardId(0x8020, 0x0C)).checkSigning(true).technician("ana").build();

        RestoreResult result = jobs.submit(request, updates::add).result().get(10, TimeUnit.SECONDS);

        RestoreResult.NotStarted refused = (RestoreResult.NotStarted) result;
        assertThat(refused.diagnosis()).isEqualTo(new Diagnosis(ErrorCategory.FIRMWARE_FILE, null, null,
                "Build 20H350 (iOS 16.7.10) has no erase restore for this board (CPID 0x8020, BDID 0x0C)"));
        assertThat(refused.advice().fixes()).extracting(Fix::id).containsExactly("retry");
        assertThat(probe.restoreRuns + probe.signingChecks).isZero();
        assertThat(asked).as("a misfit is refused before the catalog is asked").isEmpty();
        assertThat(attempts.entries).isEmpty();
        assertThat(firmware.openLeases).hasValue(0);
    }

    @Test
    void aBuildTheCatalogSaysIsNoLongerSignedEndsAsSigningAndTheEngineIsNeverCalled() throws Exception {
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, RestoreLimits.bench(), QUICK);
        catalog = answering(SigningAnswer.State.NOT_SIGNED, Duration.ofMinutes(3), false);

        RestoreResult result = jobs.submit(request(device(2), true, RestoreKind.ERASE), updates::add)
                .result().get(10, TimeUnit.SECONDS);

        RestoreResult.NotStarted refused = (RestoreResult.NotStarted) result;
        assertThat(refused.diagnosis().category()).isEqualTo(ErrorCategory.SIGNING);
        assertThat(refused.diagnosis().summary()).isEqualTo("Apple no longer signs build 20H350 (iOS 16.7.10) for"
                + " iPhone10,1 (the catalog was read 3 minutes ago): restore the latest signed build instead");
        assertThat(refused.advice()).isNotNull();
        assertThat(asked).containsExactly("iPhone10,1 20H350");
        assertThat(probe.restoreRuns + probe.signingChecks).isZero();
        assertThat(attempts.entries).isEmpty();
        assertThat(firmware.openLeases).hasValue(0);
    }

    @Test
    void aFreshSignedAnswerRestoresWithoutAskingTheEngineFirst() throws Exception {
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, RestoreLimits.bench(), QUICK);
        catalog = answering(SigningAnswer.State.SIGNED, Duration.ofMinutes(1), false);

        RestoreResult result = jobs.submit(request(device(2), true, RestoreKind.ERASE), updates::add)
                .result().get(30, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(RestoreResult.Succeeded.class);
        assertThat(probe.signingChecks).isZero();
        assertThat(probe.restoreRuns).isEqualTo(1);
    }

    @Test
    void anEraseWithAStaleAnswerAsksFirstAndGoesAheadOnceConfirmed() throws Exception {
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, RestoreLimits.bench(), QUICK);
        catalog = answering(SigningAnswer.State.SIGNED, Duration.ofHours(30), true);
        DeviceSnapshot device = device(2);

        RestoreResult first = jobs.submit(request(device, true, RestoreKind.ERASE), updates::add)
                .result().get(10, TimeUnit.SECONDS);

        assertThat(((RestoreResult.Unconfirmed) first).diagnosis()).isEqualTo(new Diagnosis(ErrorCategory.SIGNING,
                null, null, "Apple signed build 20H350 (iOS 16.7.10) for iPhone10,1 when last checked, but the"
                        + " catalog is offline; its copy saved 30 hours ago"));
        assertThat(probe.restoreRuns + probe.signingChecks).isZero();
        assertThat(attempts.entries).isEmpty();

        RestoreResult confirmed = jobs.submit(request(device, false, RestoreKind.ERASE), updates::add)
                .result().get(30, TimeUnit.SECONDS);

        assertThat(confirmed).isInstanceOf(RestoreResult.Succeeded.class);
        assertThat(probe.restoreRuns).isEqualTo(1);
    }

    @Test
    void anUnreachableCatalogMakesAnEraseAskAndSaysWhy() throws Exception {
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, RestoreLimits.bench(), QUICK);
        catalog = (productType, build) -> {
            throw new IOException("cannot reach api.ipsw.me: connection refused, and no catalog was saved before");
        };

        RestoreResult result = jobs.submit(request(device(2), true, RestoreKind.ERASE), updates::add)
                .result().get(10, TimeUnit.SECONDS);

        assertThat(((RestoreResult.Unconfirmed) result).diagnosis().summary()).isEqualTo("Whether Apple still signs"
                + " build 20H350 (iOS 16.7.10) for iPhone10,1 could not be checked: cannot reach api.ipsw.me:"
                + " connection refused, and no catalog was saved before");
        assertThat(probe.restoreRuns + probe.signingChecks).isZero();
    }

    @Test
    void anUpdateWithAStaleAnswerGoesAheadAndTheEngineAsksAppleFirst() throws Exception {
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, RestoreLimits.bench(), QUICK);
        catalog = answering(SigningAnswer.State.SIGNED, Duration.ofHours(30), false);

        RestoreResult result = jobs.submit(request(device(2), true), updates::add).result().get(30, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(RestoreResult.Succeeded.class);
        assertThat(probe.signingChecks).isEqualTo(1);
        assertThat(probe.restoreRuns).isEqualTo(1);
        assertThat(updates).anyMatch(u -> u.message().startsWith("Apple signed build 20H350 (iOS 16.7.10) for iPhone10,1"
                + " when last checked, but the catalog was read 30 hours ago"));
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
                .containsExactly(tuple("3", "Restored"), tuple("1", "Cancelled"), tuple("2", "Not started · Unknown"));
        assertThat(attempts.entries).as("the removed restore never began an attempt").hasSize(2);
    }

    private List<QueueEntry> awaitQueue(Predicate<List<QueueEntry>> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        List<QueueEntry> entries = jobs.queue().entries();
        while (!done.test(entries) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
            entries = jobs.queue().entries();
        }
        return entries;
    }

    @Test
    void aDroppedLinkIsTriedOnceMoreWhenTheDeviceIsBackAndRecordedAsAnAutomaticRetry() throws Exception {
        retry = new RetryPolicy(Set.of(ErrorCategory.USB_CONNECTION));
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, RestoreLimits.bench(), QUICK);
        DeviceSnapshot device = device(5);
        outcomes.put(device.ecid(), "unplugged");

        RestoreHandle handle = jobs.submit(request(device, false), updates::add);
        awaitFirstAttemptFailed();
        outcomes.put(device.ecid(), "success");
        Thread.sleep(300);
        assertThat(probe.restoreRuns).as("no retry while the device is away").isEqualTo(1);
        present.add(device.ecid());

        assertThat(handle.result().get(30, TimeUnit.SECONDS)).isInstanceOf(RestoreResult.Succeeded.class);
        assertThat(probe.restoreRuns).isEqualTo(2);
        List<MemoryAttemptLog.Entry> tries = List.of(attempts.entry(1), attempts.entry(2));
        assertThat(tries).extracting(entry -> entry.outcome).containsExactly(AttemptOutcome.FAILED, AttemptOutcome.SUCCEEDED);
        assertThat(tries.get(0).begun.fixesApplied()).isEmpty();
        assertThat(tries.get(1).begun.fixesApplied()).containsExactly(RestoreRequest.AUTOMATIC_RETRY);
        assertThat(updates).anyMatch(u -> u.message().equals("Waiting for the device in Recovery or DFU mode to try again"));
    }

    @Test
    void onlyTheChosenCategoriesAreRetriedAndNeverSigningFirmwareOrHardware() throws Exception {
        retry = new RetryPolicy(Set.of(ErrorCategory.USB_CONNECTION));
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, RestoreLimits.bench(), QUICK);
        DeviceSnapshot device = device(3);
        outcomes.put(device.ecid(), "fail:3194");

        RestoreResult result = jobs.submit(request(device, false), updates::add).result().get(30, TimeUnit.SECONDS);

        assertThat(((RestoreResult.Failed) result).diagnosis().category()).isEqualTo(ErrorCategory.SIGNING);
        assertThat(probe.restoreRuns).isEqualTo(1);
        for (ErrorCategory never : List.of(ErrorCategory.SIGNING, ErrorCategory.FIRMWARE_FILE, ErrorCategory.STORAGE,
                ErrorCategory.BASEBAND, ErrorCategory.SECURITY_PAIRING)) {
            assertThatThrownBy(() -> new RetryPolicy(Set.of(never)))
                    .hasMessage(never.id() + " failures are never retried automatically");
        }
    }

    @Test
    void theAdvisorsEscalationStopsTheRetry() throws Exception {
        retry = new RetryPolicy(Set.of(ErrorCategory.USB_CONNECTION));
        escalation = "This device failed 4 times in 3 slots: likely hardware";
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, RestoreLimits.bench(), QUICK);
        DeviceSnapshot device = device(3);
        outcomes.put(device.ecid(), "fail:4013");

        RestoreResult result = jobs.submit(request(device, false), updates::add).result().get(30, TimeUnit.SECONDS);

        assertThat(((RestoreResult.Failed) result).advice().escalation()).isEqualTo(escalation);
        assertThat(probe.restoreRuns).isEqualTo(1);
    }

    @Test
    void aDeviceThatDoesNotComeBackInTimeEndsWithItsFirstFailure() throws Exception {
        retry = new RetryPolicy(Set.of(ErrorCategory.USB_CONNECTION));
        BenchProbe probe = probe(simulated());
        jobs = jobs(probe, RestoreLimits.bench(), new RestoreTimeouts(Duration.ofSeconds(30), Duration.ofMillis(400),
                Duration.ofMillis(600), Duration.ofMillis(50), Duration.ofMillis(400)));
        DeviceSnapshot device = device(5);
        outcomes.put(device.ecid(), "unplugged");

        RestoreResult result = jobs.submit(request(device, false), updates::add).result().get(30, TimeUnit.SECONDS);

        assertThat(((RestoreResult.Failed) result).diagnosis().category()).isEqualTo(ErrorCategory.USB_CONNECTION);
        assertThat(probe.restoreRuns).isEqualTo(1);
        assertThat(attempts.entries).hasSize(1);
    }

    private void awaitFirstAttemptFailed() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while ((attempts.entries.get(1L) == null || attempts.entry(1).outcome != AttemptOutcome.FAILED)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
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

    private RestoreJobs jobs(RestoreEngine engine, RestoreLimits limits, RestoreTimeouts timeouts) {
        DevicePresence presence = (ecid, slot) -> present.contains(ecid);
        return new RestoreJobs(new RestoreSetup(engine, firmware, attempts, new CategoryAdvisor(), presence,
                (ecid, slot) -> Optional.ofNullable(cameBack.get(ecid)), new EngineCache(dir.resolve("engine-cache")), "bench-1", limits, timeouts,
                new SigningPolicy((productType, build) -> catalog.ask(productType, build), Duration.ofHours(24), Clock.systemUTC()),
                retry));
    }

    private SimulatedEngine simulated() {
        return new SimulatedEngine(ecid -> SimulatedOutcome.parse(outcomes.getOrDefault(ecid, "success")), BEAT, present::remove,
                request -> Optional.ofNullable(runsAfter.get(request.ecid())).ifPresent(build -> cameBack.put(request.ecid(),
                        new DeviceFacts("iPhone10,3", "16.7.10", build, "udid", "Unactivated"))));
    }

    private BenchProbe probe(RestoreEngine engine) {
        return new BenchProbe(engine, ecid -> BusGate.bus(bench.get(ecid).slot()));
    }

    /** Device {@code i} of four hubs of eight, on buses 1 to 4. */
    private DeviceSnapshot device(int i) {
        Ecid ecid = new Ecid(0x00AB_0000_0000_0000L + i);
        Slot slot = new Slot((i / 8 + 1) + "-1." + (i % 8 + 1), Integer.toString(i + 1));
        DeviceSnapshot device = new DeviceSnapshot(slot, DeviceMode.DFU, ecid, null, "F2LZK0ABC" + (100 + i),
                "iPhone10,1", "iPhone 8", null);
        bench.put(ecid, device);
        present.add(ecid);
        return device;
    }

    private static RestoreRequest request(DeviceSnapshot device, boolean checkSigning) {
        return request(device, checkSigning, RestoreKind.UPDATE);
    }

    private static RestoreRequest request(DeviceSnapshot device, boolean checkSigning, RestoreKind kind) {
        return RestoreRequest.of(device, new Ticket("T-1042"), new FirmwareChoice.LatestSigned(), kind)
                .board(new BoardId(MemoryFirmwareCache.CHIP, 0x02))
                .customerNote("Back glass cracked")
                .checkSigning(checkSigning)
                .technician("ana")
                .build();
    }

    /** A catalog that says {@code state} of every build, read {@code age} ago, from its source or a saved copy. */
    private SigningStatus answering(SigningAnswer.State state, Duration age, boolean offline) {
        return (productType, build) -> {
            asked.add(productType + " " + build);
            return new SigningAnswer(state, Instant.now().minus(age), offline);
        };
    }

    /** Gives two fixed fixes for a USB problem, one for anything else, with the test's escalation. */
    private final class CategoryAdvisor implements Advisor {
        @Override
        public Advice advise(Diagnosis diagnosis, String productType, Ecid ecid) {
            List<Fix> fixes = diagnosis.category() == ErrorCategory.USB_CONNECTION
                    ? List.of(new Fix("other-cable", "Use another cable", false, ""),
                              new Fix("direct-port", "Plug into the computer, not the hub", false, ""))
                    : List.of(new Fix("retry", "Try again", false, ""));
            return new Advice(String.valueOf(diagnosis.appleCode()), diagnosis.category(), diagnosis.summary(), true, fixes,
                    escalation);
        }
    }
}
