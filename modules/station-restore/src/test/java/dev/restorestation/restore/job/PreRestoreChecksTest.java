package dev.restorestation.restore.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.BoardId;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.firmware.SigningAnswer;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.ticket.Ticket;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A build that does not fit or is not signed never reaches the device; an unchecked erase asks first. */
class PreRestoreChecksTest extends RestoreJobsFixture {

    @AfterEach
    void systemLanguageAgain() {
        StationLanguage.choose("");
    }

    /** What a German tile shows of a refusal; the history keeps {@link Diagnosis#summary()}. */
    private static String inGerman(Diagnosis diagnosis) {
        StationLanguage.choose("de");
        return diagnosis.localizedSummary();
    }

    private static String inSpanish(Diagnosis diagnosis) {
        StationLanguage.choose("es");
        return diagnosis.localizedSummary();
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
        assertThat(refused.diagnosis().category()).isEqualTo(ErrorCategory.FIRMWARE_FILE);
        assertThat(refused.diagnosis().summary())
                .isEqualTo("Build 20H350 (iOS 16.7.10) has no erase restore for this board (CPID 0x8020, BDID 0x0C)");
        assertThat(inGerman(refused.diagnosis()))
                .isEqualTo("Build 20H350 (iOS 16.7.10) enthält keine Wiederherstellung mit Löschen für diese Platine"
                        + " (CPID 0x8020, BDID 0x0C)");
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
        assertThat(inSpanish(refused.diagnosis())).isEqualTo("Apple ya no firma la compilación 20H350 (iOS 16.7.10) para"
                + " iPhone10,1 (el catálogo se leyó hace 3 minutos): restaure la última compilación firmada");
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
}
