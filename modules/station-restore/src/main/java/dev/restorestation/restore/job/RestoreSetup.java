package dev.restorestation.restore.job;

import dev.restorestation.core.advice.Advisor;
import dev.restorestation.core.firmware.FirmwareCache;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.restore.RestoreEngine;
import java.util.Objects;

/**
 * What restore jobs are made of: the engine, the ports they use, and the bench's limits.
 *
 * @param station this bench's name, recorded with every attempt
 * @param signing how a request that asks for it is checked to be still signed
 * @param retry   which failures the station retries by itself
 */
public record RestoreSetup(RestoreEngine engine, FirmwareCache firmware, AttemptLog attempts, Advisor advisor,
                           DevicePresence presence, DeviceReturn deviceReturn, EngineCache engineCache, String station, RestoreLimits limits,
                           RestoreTimeouts timeouts, SigningPolicy signing, RetryPolicy retry) {

    public RestoreSetup {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(deviceReturn, "deviceReturn");
        Objects.requireNonNull(engineCache, "engineCache");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(retry, "retry");
        station = station == null ? "" : station;
    }
}
