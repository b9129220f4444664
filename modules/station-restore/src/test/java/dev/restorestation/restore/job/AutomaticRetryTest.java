package dev.restorestation.restore.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The station tries a dropped link once more when the device is back, and only what Settings choose. */
class AutomaticRetryTest extends RestoreJobsFixture {

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
}
