package dev.restorestation.restore.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.firmware.FirmwareBuild;
import dev.restorestation.core.firmware.SigningAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How far the catalog's answer is trusted: by its age, its source, and whether the device's model is known. */
class SigningCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final FirmwareBuild ONE_MODEL = new FirmwareBuild("23C71", "26.2.1", List.of("iPhone14,2"));
    private static final FirmwareBuild TWO_MODELS = new FirmwareBuild("23C71", "26.2.1", List.of("iPhone14,2", "iPhone14,3"));

    @Test
    void anAnswerJustOlderThanAllowedIsInDoubtAndOneJustYoungerIsTrusted() throws Exception {
        assertThat(check(SigningAnswer.State.SIGNED, Duration.ofHours(24).minusMinutes(1), ONE_MODEL))
                .isInstanceOf(SigningCheck.Verdict.Vouched.class);
        assertThat(check(SigningAnswer.State.SIGNED, Duration.ofHours(24).plusMinutes(1), ONE_MODEL))
                .isInstanceOf(SigningCheck.Verdict.InDoubt.class);
        assertThat(check(SigningAnswer.State.NOT_SIGNED, Duration.ofHours(24).plusMinutes(1), ONE_MODEL))
                .as("an old 'not signed' is not proof either").isInstanceOf(SigningCheck.Verdict.InDoubt.class);
    }

    @Test
    void aDeviceOfUnknownModelIsCheckedForTheOnlyModelTheBuildIsForElseInDoubt() throws Exception {
        assertThat(SigningCheck.check(policy(SigningAnswer.State.SIGNED, Duration.ZERO), null, ONE_MODEL))
                .isInstanceOf(SigningCheck.Verdict.Vouched.class);
        SigningCheck.Verdict unknown = SigningCheck.check(policy(SigningAnswer.State.SIGNED, Duration.ZERO), null, TWO_MODELS);
        assertThat(((SigningCheck.Verdict.InDoubt) unknown).diagnosis().summary())
                .isEqualTo("Whether Apple still signs build 23C71 (iOS 26.2.1) could not be checked: the device's model is not known yet");
    }

    private static SigningCheck.Verdict check(SigningAnswer.State state, Duration age, FirmwareBuild build) throws Exception {
        return SigningCheck.check(policy(state, age), "iPhone14,2", build);
    }

    private static SigningPolicy policy(SigningAnswer.State state, Duration age) {
        return new SigningPolicy((productType, build) -> new SigningAnswer(state, NOW.minus(age), false),
                Duration.ofHours(24), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
