package dev.restorestation.firmware.store;

import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Another station process that restores from the shared cache: leases one build, says so, and
 * holds the lease until its standard input closes (or it is killed). Args: cache folder, build, its seal file.
 */
public final class LeaseProcess {

    private LeaseProcess() {
    }

    public static void main(String[] args) throws Exception {
        FirmwareStore store = new FirmwareStore(Path.of(args[0]), Path.of(args[2]), new IpswVerifier(), Clock.systemUTC());
        TaskContext quiet = TaskContext.quiet();
        try (FirmwareLease lease = store.lease(store.find(null, args[1]).orElseThrow(), quiet)) {
            System.out.println("leased " + lease.file());
            System.out.flush();
            System.in.read();
        }
    }
}
