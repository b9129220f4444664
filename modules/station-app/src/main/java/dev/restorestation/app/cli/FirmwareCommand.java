package dev.restorestation.app.cli;

import dev.restorestation.app.DataDirectory;
import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.store.FirmwareImport;
import dev.restorestation.firmware.store.FirmwareStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "firmware", mixinStandardHelpOptions = true,
        description = "The shared, verified IPSW cache.",
        subcommands = {
            FirmwareCommand.Catalog.class,
            FirmwareCommand.Fetch.class,
            FirmwareImportCommand.class,
            FirmwareInspectCommand.class,
            FirmwareListCommand.class,
            FirmwareVerifyCommand.class,
            FirmwareEvictCommand.class,
        })
public final class FirmwareCommand implements StationContext {

    @ParentCommand
    StationContext station;

    @Override
    public DataDirectory dataDirectory() {
        return station.dataDirectory();
    }

    @Override
    public Path dataDirectoryPath() {
        return station.dataDirectoryPath();
    }

    /** The cache in {@code <data dir>/firmware}, opened (and created) on first use. */
    FirmwareStore store() throws IOException {
        return new FirmwareStore(dataDirectory().firmware(), new IpswVerifier(), Clock.systemUTC());
    }

    FirmwareImport importer() throws IOException {
        return new FirmwareImport(store(), new IpswVerifier());
    }

    /**
     * Progress of a long firmware command on stderr when a person watches it (a terminal): one line
     * per tenth of the work. Scripts get only the result, and an error as the one line on stderr.
     */
    static final class ProgressLines implements TaskContext {
        private final PrintWriter err;
        private final boolean watched = System.console() != null;
        private int lastTenth = -1;
        private String lastStep = "";

        ProgressLines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void progress(Progress progress) {
            if (!watched) {
                return;
            }
            if (progress.fraction() == Progress.UNKNOWN) {
                if (!progress.step().equals(lastStep)) {
                    lastStep = progress.step();
                    err.println(progress.step());
                }
                return;
            }
            int tenth = (int) (progress.fraction() * 10);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println(progress.step());
            }
        }

        @Override
        public boolean isCancelled() {
            return Thread.currentThread().isInterrupted();
        }
    }

    @Command(name = "catalog", mixinStandardHelpOptions = true, description = "Builds Apple offers for a device, with signed status.")
    static final class Catalog implements Runnable {
        @Parameters(index = "0", paramLabel = "DEVICE", description = "Product type, e.g. iPhone14,2.")
        String device;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--catalog-url", paramLabel = "URL", description = "A mirror or test server instead of ipsw.me.")
        String catalogUrl;

        @Override
        public void run() {
            throw StationException.notAvailableYet("firmware catalog");
        }
    }

    @Command(name = "fetch", mixinStandardHelpOptions = true, description = "Download a build into the cache (resumable, verified).")
    static final class Fetch implements Runnable {
        @Parameters(index = "0", paramLabel = "DEVICE")
        String device;

        @Parameters(index = "1", paramLabel = "BUILD")
        String build;

        @Option(names = "--catalog-url", paramLabel = "URL", description = "A mirror or test server instead of ipsw.me.")
        String catalogUrl;

        @Override
        public void run() {
            throw StationException.notAvailableYet("firmware fetch");
        }
    }
}
