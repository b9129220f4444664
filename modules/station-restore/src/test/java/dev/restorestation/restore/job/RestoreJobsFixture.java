package dev.restorestation.restore.job;

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
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.RestoreEngine;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.restore.engine.SimulatedEngine;
import dev.restorestation.restore.engine.SimulatedOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the restore jobs tests share: a bench of simulated devices, the firmware, the history, the catalog and the advisor. */
abstract class RestoreJobsFixture {

    static final Duration BEAT = Duration.ofMillis(2);
    static final RestoreTimeouts QUICK = new RestoreTimeouts(Duration.ofSeconds(30), Duration.ofMillis(400),
            Duration.ofSeconds(30), Duration.ofMillis(50), Duration.ofMillis(400));

    @TempDir
    Path dir;

    MemoryFirmwareCache firmware;
    final MemoryAttemptLog attempts = new MemoryAttemptLog();
    final Map<Ecid, DeviceSnapshot> bench = new ConcurrentHashMap<>();
    final Set<Ecid> present = ConcurrentHashMap.newKeySet();
    final Map<Ecid, String> outcomes = new ConcurrentHashMap<>();
    /** The build each device runs when it comes back after its restore; a device not named stays away. */
    final Map<Ecid, String> runsAfter = new ConcurrentHashMap<>();
    final Map<Ecid, DeviceFacts> cameBack = new ConcurrentHashMap<>();
    final List<RestoreUpdate> updates = new CopyOnWriteArrayList<>();
    /** What the catalog says of any build; by default it does not list it, so it cannot vouch. */
    SigningStatus catalog = (productType, build) ->
            new SigningAnswer(SigningAnswer.State.NOT_LISTED, Instant.now(), false);
    final List<String> asked = new CopyOnWriteArrayList<>();
    RetryPolicy retry = RetryPolicy.none();
    volatile String escalation = "";
    RestoreJobs jobs;

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

    List<QueueEntry> awaitQueue(Predicate<List<QueueEntry>> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        List<QueueEntry> entries = jobs.queue().entries();
        while (!done.test(entries) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
            entries = jobs.queue().entries();
        }
        return entries;
    }

    RestoreJobs jobs(RestoreEngine engine, RestoreLimits limits, RestoreTimeouts timeouts) {
        DevicePresence presence = (ecid, slot) -> present.contains(ecid);
        return new RestoreJobs(new RestoreSetup(engine, firmware, attempts, new CategoryAdvisor(), presence,
                (ecid, slot) -> Optional.ofNullable(cameBack.get(ecid)), new EngineCache(dir.resolve("engine-cache")), "bench-1", limits, timeouts,
                new SigningPolicy((productType, build) -> catalog.ask(productType, build), Duration.ofHours(24), Clock.systemUTC()),
                retry));
    }

    SimulatedEngine simulated() {
        return new SimulatedEngine(ecid -> SimulatedOutcome.parse(outcomes.getOrDefault(ecid, "success")), BEAT, present::remove,
                request -> Optional.ofNullable(runsAfter.get(request.ecid())).ifPresent(build -> cameBack.put(request.ecid(),
                        new DeviceFacts("iPhone10,3", "16.7.10", build, "udid", "Unactivated"))));
    }

    BenchProbe probe(RestoreEngine engine) {
        return new BenchProbe(engine, ecid -> BusGate.bus(bench.get(ecid).slot()));
    }

    /** Device {@code i} of four hubs of eight, on buses 1 to 4. */
    DeviceSnapshot device(int i) {
        Ecid ecid = new Ecid(0x00AB_0000_0000_0000L + i);
        Slot slot = new Slot((i / 8 + 1) + "-1." + (i % 8 + 1), Integer.toString(i + 1));
        DeviceSnapshot device = new DeviceSnapshot(slot, DeviceMode.DFU, ecid, null, "F2LZK0ABC" + (100 + i),
                "iPhone10,1", "iPhone 8", null);
        bench.put(ecid, device);
        present.add(ecid);
        return device;
    }

    static RestoreRequest request(DeviceSnapshot device, boolean checkSigning) {
        return request(device, checkSigning, RestoreKind.UPDATE);
    }

    static RestoreRequest request(DeviceSnapshot device, boolean checkSigning, RestoreKind kind) {
        return RestoreRequest.of(device, new Ticket("T-1042"), new FirmwareChoice.LatestSigned(), kind)
                .board(new BoardId(MemoryFirmwareCache.CHIP, 0x02))
                .customerNote("Back glass cracked")
                .checkSigning(checkSigning)
                .technician("ana")
                .build();
    }

    /** A catalog that says {@code state} of every build, read {@code age} ago, from its source or a saved copy. */
    SigningStatus answering(SigningAnswer.State state, Duration age, boolean offline) {
        return (productType, build) -> {
            asked.add(productType + " " + build);
            return new SigningAnswer(state, Instant.now().minus(age), offline);
        };
    }

    /** Gives two fixed fixes for a USB problem, one for anything else, with the test's escalation. */
    final class CategoryAdvisor implements Advisor {
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
