package dev.restorestation.restore.job;

import dev.restorestation.core.firmware.SigningStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a restore that asks for it checks that its build is still signed, before the device is
 * touched: the catalog's signed flag, trusted when read from its source within {@code maxAge}.
 */
public record SigningPolicy(SigningStatus status, Duration maxAge, Clock clock) {

    public SigningPolicy {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(clock, "clock");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("the signing status must be allowed some age, not " + maxAge);
        }
    }

    /** A station without a catalog: it can never vouch for a build, so an erase always asks. */
    public static SigningPolicy withoutCatalog() {
        return new SigningPolicy((productType, build) -> {
            throw new IOException("this station has no firmware catalog");
        }, Duration.ofHours(1), Clock.systemUTC());
    }
}
