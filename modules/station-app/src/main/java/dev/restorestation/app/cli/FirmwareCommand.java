package dev.restorestation.app.cli;

import dev.restorestation.app.DataDirectory;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "firmware", mixinStandardHelpOptions = true,
        description = "The shared, verified IPSW cache.",
        subcommands = {
            FirmwareCommand.Catalog.class,
            FirmwareCommand.Fetch.class,
            FirmwareCommand.Import.class,
            FirmwareInspectCommand.class,
            FirmwareCommand.ListBuilds.class,
            FirmwareCommand.Verify.class,
            FirmwareCommand.Evict.class,
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

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Verify a local IPSW fully and add it to the cache.")
    static final class Import implements Runnable {
        @Parameters(index = "0", paramLabel = "FILE.ipsw")
        Path file;

        @Option(names = "--sha1", paramLabel = "HEX", description = "The SHA-1 it must have.")
        String sha1;

        @Option(names = "--sha256", paramLabel = "HEX", description = "The SHA-256 it must have.")
        String sha256;

        @Override
        public void run() {
            throw StationException.notAvailableYet("firmware import");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Builds in the cache.")
    static final class ListBuilds implements Runnable {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public void run() {
            throw StationException.notAvailableYet("firmware list");
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Re-verify cached builds.")
    static final class Verify implements Runnable {
        static final class Which {
            @Option(names = "--all", description = "Every cached build.")
            boolean all;

            @Parameters(index = "0", paramLabel = "BUILD")
            String build;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        @Override
        public void run() {
            throw StationException.notAvailableYet("firmware verify");
        }
    }

    @Command(name = "evict", mixinStandardHelpOptions = true, description = "Remove least recently used builds down to a size.")
    static final class Evict implements Runnable {
        @Option(names = "--max-size", paramLabel = "SIZE", required = true, description = "e.g. 200G, 500M.")
        String maxSize;

        @Override
        public void run() {
            throw StationException.notAvailableYet("firmware evict");
        }
    }
}
