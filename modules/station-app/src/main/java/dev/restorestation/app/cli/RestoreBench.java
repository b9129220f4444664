package dev.restorestation.app.cli;

import dev.restorestation.app.assembly.StationAssembly;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
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
 * engine finds a device by its ECID wherever it is plugged in; the simulated engine gets a
 * simulated bench holding that ECID, as the first model the IPSW supports, in slot 1.
 */
final class RestoreBench implements AutoCloseable {

    /** The pace of simulated engine output: a simulated restore takes a few seconds. */
    static final Duration SIMULATED_BEAT = Duration.ofMillis(60);

    private final RestoreWiring wiring;
    private final DeviceSnapshot device;
    private final SimulatedBench simulatedBench;
    private final String technician;

    private RestoreBench(RestoreWiring wiring, DeviceSnapshot device, SimulatedBench simulatedBench, String technician) {
        this.wiring = wiring;
        this.device = device;
        this.simulatedBench = simulatedBench;
        this.technician = technician;
    }

    static RestoreBench real(StationAssembly station, Ecid ecid) {
        RestoreWiring wiring = RestoreWiring.open(station, RestoreWiring.idevicerestore(station), DevicePresence.unwatched(),
                DeviceReturn.unwatched());
        DeviceSnapshot device = new DeviceSnapshot(new Slot("unknown", "?"), DeviceMode.UNKNOWN, ecid, null, null,
                "device " + ecid.engineArgument(), null);
        return new RestoreBench(wiring, device, null, station.settings().technician());
    }

    static RestoreBench simulated(StationAssembly station, Ecid ecid, FirmwareChoice firmware, SimulatedOutcome outcome) {
        SimulatedBench bench = new SimulatedBench(DeviceCatalog.bundled());
        Slot slot = SimulatedBench.slot(1);
        SimulatedEngine engine = new SimulatedEngine(device -> outcome, SIMULATED_BEAT, device -> bench.detach(slot),
                request -> bench.cameBack(request.ecid(), request.build(), activationAfter(request.kind())));
        RestoreWiring wiring = RestoreWiring.open(station, engine, DevicePresence.onBench(bench),
                DeviceReturn.onBench(bench, bench));
        try {
            String productType = firstProductType(wiring, firmware);
            bench.attach(new DeviceSnapshot(slot, DeviceMode.DFU, ecid, null, productType, productType, null));
            DeviceSnapshot attached = bench.devices().stream()
                    .filter(d -> d.slot().portPath().equals(slot.portPath()))
                    .findFirst()
                    .orElseThrow(() -> new StationException("the simulated bench did not take the device"));
            return new RestoreBench(wiring, attached, bench, station.settings().technician());
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
                    .orElseThrow(() -> new StationException("the IPSW names no device it supports"));
        } catch (IOException e) {
            throw new StationException("restore not started: " + e.getMessage());
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

    @Override
    public void close() {
        wiring.close();
        if (simulatedBench != null) {
            simulatedBench.close();
        }
    }
}
