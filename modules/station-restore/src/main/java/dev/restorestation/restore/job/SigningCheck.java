package dev.restorestation.restore.job;

import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.firmware.FirmwareBuild;
import dev.restorestation.core.firmware.SigningAnswer;
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
        String what = "build " + build.build() + " (iOS " + build.version() + ")";
        String device = productType != null ? productType
                : build.productTypes().size() == 1 ? build.productTypes().get(0) : null;
        if (device == null) {
            return doubt("Whether Apple still signs " + what + " could not be checked: the device's model is not known yet");
        }
        SigningAnswer answer;
        try {
            answer = policy.status().ask(device, build.build());
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("cancelled");
            }
            return doubt("Whether Apple still signs " + what + " for " + device + " could not be checked: "
                    + e.getMessage());
        }
        Instant now = policy.clock().instant();
        String read = "the catalog " + (answer.offline() ? "is offline; its copy saved " : "was read ")
                + ago(answer.checkedAt(), now);
        boolean fresh = answer.fresh(now, policy.maxAge());
        return switch (answer.state()) {
            case SIGNED -> fresh ? new Verdict.Vouched()
                    : doubt("Apple signed " + what + " for " + device + " when last checked, but " + read);
            case NOT_SIGNED -> fresh
                    ? new Verdict.Refused(new Diagnosis(ErrorCategory.SIGNING, null, null, "Apple no longer signs "
                            + what + " for " + device + " (" + read + "): restore the latest signed build instead"))
                    : doubt("Apple no longer signed " + what + " for " + device + " when last checked, and " + read);
            case NOT_LISTED -> doubt("The catalog does not list " + what + " for " + device
                    + ", so whether Apple signs it could not be checked");
        };
    }

    private static Verdict doubt(String summary) {
        return new Verdict.InDoubt(new Diagnosis(ErrorCategory.SIGNING, null, null, summary));
    }

    static String ago(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.toDays() >= 2) {
            return age.toDays() + " days ago";
        }
        if (age.toHours() >= 2) {
            return age.toHours() + " hours ago";
        }
        long minutes = Math.max(age.toMinutes(), 0);
        return minutes == 1 ? "1 minute ago" : minutes + " minutes ago";
    }
}
