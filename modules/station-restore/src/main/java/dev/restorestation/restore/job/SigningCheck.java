package dev.restorestation.restore.job;

import static dev.restorestation.restore.text.RestoreText.wording;

import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.firmware.FirmwareBuild;
import dev.restorestation.core.firmware.SigningAnswer;
import dev.restorestation.core.text.Worded;
import dev.restorestation.core.text.Wording;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** Asks the catalog whether a build is still signed for a device, and judges how far the answer can be trusted. */
final class SigningCheck {

    /** What the check found: the build is vouched for, refused, or in doubt. */
    sealed interface Verdict {
        record Vouched() implements Verdict {
        }

        record Refused(Diagnosis diagnosis) implements Verdict {
        }

        record InDoubt(Diagnosis diagnosis) implements Verdict {
        }
    }

    private SigningCheck() {
    }

    static Verdict check(SigningPolicy policy, String productType, FirmwareBuild build) throws InterruptedException {
        Wording what = wording("signing.build", build.build(), build.version());
        String device = productType != null ? productType
                : build.productTypes().size() == 1 ? build.productTypes().get(0) : null;
        if (device == null) {
            return doubt(wording("signing.modelUnknown", what));
        }
        SigningAnswer answer;
        try {
            answer = policy.status().ask(device, build.build());
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("cancelled");
            }
            return doubt(wording("signing.unchecked", what, device, Worded.reasonOf(e)));
        }
        Instant now = policy.clock().instant();
        Wording read = wording(answer.offline() ? "signing.readOffline" : "signing.read", ago(answer.checkedAt(), now));
        boolean fresh = answer.fresh(now, policy.maxAge());
        return switch (answer.state()) {
            case SIGNED -> fresh ? new Verdict.Vouched()
                    : doubt(wording("signing.signedStale", what, device, read));
            case NOT_SIGNED -> fresh
                    ? new Verdict.Refused(Diagnosis.worded(ErrorCategory.SIGNING, wording("signing.refused", what, device, read)))
                    : doubt(wording("signing.unsignedStale", what, device, read));
            case NOT_LISTED -> doubt(wording("signing.notListed", what, device));
        };
    }

    private static Verdict doubt(Wording summary) {
        return new Verdict.InDoubt(Diagnosis.worded(ErrorCategory.SIGNING, summary));
    }

    static Wording ago(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.toDays() >= 2) {
            return wording("signing.daysAgo", String.valueOf(age.toDays()));
        }
        if (age.toHours() >= 2) {
            return wording("signing.hoursAgo", String.valueOf(age.toHours()));
        }
        long minutes = Math.max(age.toMinutes(), 0);
        return minutes == 1 ? wording("signing.minuteAgo") : wording("signing.minutesAgo", String.valueOf(minutes));
    }
}
