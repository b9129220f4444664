package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.app.assembly.StationAssembly;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.restore.RestoreEngine;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.SimulatedBench;
import dev.restorestation.restore.engine.SimulatedEngine;
import dev.restorestation.restore.engine.SimulatedOutcome;
import dev.restorestation.restore.job.DevicePresence;
import dev.restorestation.restore.job.DeviceReturn;
import dev.restorestation.restore.job.RestoreJobs;
import java.io.IOException;
import java.time.Duration;

/**
 * The one device {@code station restore} works on, with the restore jobs around it: the real
 * engine finds a device by its ECID wherever it is plugged in, and the real bench watches for it
 * to come back; the simulated engine gets a simulated bench holding that ECID, as the first model
 * the IPSW supports, in slot 1, which brings it back the same way.
 */
final class RestoreBench implements AutoCloseable {

    /** The pace of simulated engine output: a simulated restore takes a few seconds. */
    static final Duration SIMULATED_BEAT = Duration.ofMillis(60);

    private final RestoreWiring wiring;
    private final DeviceSnapshot device;
    private final Runnable closeBench;
    private final String technician;
    private final String unchecked;

    private RestoreBench(RestoreWiring wiring, DeviceSnapshot device, Runnable closeBench, String technician,
                         String unchecked) {
        this.wiring = wiring;
        this.device = device;
        this.closeBench = closeBench;
        this.technician = technician;
        this.unchecked = unchecked;
    }

    /**
     * The real engine, and the real bench watching for the device's return unless
     * {@code verify} is false or the bench cannot (see {@link RestoreWatch}).
     */
    static RestoreBench real(StationAssembly station, Ecid ecid, boolean verify) {
        RestoreEngine engine = RestoreWiring.idevicerestore(station);
        RestoreWatch watch = verify ? RestoreWatch.open(station.data().root(), ecid) : RestoreWatch.none(ecid, text("restore.noVerifyGiven"));
        try {
            RestoreWiring wiring = RestoreWiring.open(station, engine, DevicePresence.unwatched(), watch.comeBack());
            return new RestoreBench(wiring, watch.device(), watch::close, station.settings().technician(), watch.unchecked());
        } catch (RuntimeException e) {
            watch.close();
            throw e;
        }
    }

    static RestoreBench simulated(StationAssembly station, Ecid ecid, FirmwareChoice firmware, SimulatedOutcome outcome,
                                  SimulatedReturn comesBack, boolean verify) {
        SimulatedBench bench = new SimulatedBench(DeviceCatalog.bundled());
        Slot slot = SimulatedBench.slot(1);
        SimulatedEngine engine = new SimulatedEngine(device -> outcome, SIMULATED_BEAT, device -> bench.detach(slot),
                request -> {
                    if (comesBack.back()) {
                        bench.cameBack(request.ecid(), comesBack.reported(request.build()), activationAfter(request.kind()));
                    }
                });
        RestoreWiring wiring = RestoreWiring.open(station, engine, DevicePresence.onBench(bench),
                verify ? DeviceReturn.onBench(bench, bench) : DeviceReturn.unwatched());
        try {
            String productType = firstProductType(wiring, firmware);
            bench.attach(new DeviceSnapshot(slot, DeviceMode.DFU, ecid, null, productType, productType, null));
            DeviceSnapshot attached = bench.devices().stream()
                    .filter(d -> d.slot().portPath().equals(slot.portPath()))
                    .findFirst()
                    .orElseThrow(() -> new StationException(text("restore.simulatedBenchRefused")));
            return new RestoreBench(wiring, attached, bench::close, station.settings().technician(), verify ? null : text("restore.noVerifyGiven"));
        } catch (RuntimeException e) {
            wiring.close();
            bench.close();
            throw e;
        }
    }

    /** What a simulated device says of its activation after a restore: an erased one must be activated again. */
    static String activationAfter(RestoreKind kind) {
        return kind == RestoreKind.ERASE ? "Unactivated" : "Activated";
    }

    private static String firstProductType(RestoreWiring wiring, FirmwareChoice firmware) {
        TaskContext quiet = TaskContext.quiet();
        try (FirmwareLease lease = firmware instanceof FirmwareChoice.LocalFile file
                ? wiring.firmware().acquireFile(file.ipsw(), quiet)
                : wiring.firmware().acquire(null, ((FirmwareChoice.Build) firmware).build(), quiet)) {
            return lease.build().productTypes().stream().findFirst()
                    .orElseThrow(() -> new StationException(text("restore.ipswNamesNoDevice")));
        } catch (IOException e) {
            throw new StationException(text("restore.notStarted", e.getLocalizedMessage()));
        }
    }

    DeviceSnapshot device() {
        return device;
    }

    RestoreJobs jobs() {
        return wiring.jobs();
    }

    String technician() {
        return technician;
    }

    /** Why the device will not be checked after its restore; null when it will be. */
    String unchecked() {
        return unchecked;
    }

    @Override
    public void close() {
        wiring.close();
        closeBench.run();
    }
}
