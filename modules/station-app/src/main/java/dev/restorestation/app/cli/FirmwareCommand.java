package dev.restorestation.app.cli;

import static dev.restorestation.firmware.Printable.escape;

import dev.restorestation.app.assembly.DataDirectory;
import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.store.FirmwareImport;
import dev.restorestation.firmware.store.FirmwareStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "firmware", mixinStandardHelpOptions = true,
        description = "The shared, verified IPSW cache.",
        subcommands = {
            FirmwareCatalogCommand.class,
            FirmwareFetchCommand.class,
            FirmwareImportCommand.class,
            FirmwareInspectCommand.class,
            FirmwareListCommand.class,
            FirmwareVerifyCommand.class,
            FirmwareEvictCommand.class,
        })
public final class FirmwareCommand implements StationContext {

    @Spec
    CommandSpec spec;

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
        DataDirectory data = dataDirectory();
        return new FirmwareStore(data.firmware(), data.firmwareSeals(), new IpswVerifier(), Clock.systemUTC());
    }

    FirmwareImport importer() throws IOException {
        return new FirmwareImport(store(), new IpswVerifier());
    }

    /** The cache with its catalogs (a shop mirror's when not null) and downloader, under the size cap from the settings. */
    StationFirmwareCache cache(URI mirror) throws IOException {
        DataDirectory data = dataDirectory();
        long cap = CommandAssembly.of(data, spec.commandLine().getErr()).settings().cacheCapBytes();
        return StationFirmwareCache.open(data.firmware(), data.firmwareSeals(), mirror, cap);
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
                    err.println(escape(progress.step()));
                }
                return;
            }
            int tenth = (int) (progress.fraction() * 10);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println(escape(progress.step()));
            }
        }

        @Override
        public boolean isCancelled() {
            return Thread.currentThread().isInterrupted();
        }
    }
}
