package dev.restorestation.firmware.store;

import dev.restorestation.firmware.ipsw.IpswVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A station process caught in the middle of an import: holds a temporary file in the shared
 * cache, says where, and waits to be killed. Args: cache folder, its seal file.
 */
public final class ImportHoldingProcess {

    private ImportHoldingProcess() {
    }

    public static void main(String[] args) throws Exception {
        FirmwareStore store = new FirmwareStore(Path.of(args[0]), Path.of(args[1]), new IpswVerifier(), Clock.systemUTC());
        try (TemporaryFile temporary = store.temporaryFile("import")) {
            Files.write(temporary.path(), new byte[1 << 16]);
            System.out.println("holding " + temporary.path());
            System.out.flush();
            System.in.read();
        }
    }
}
