package dev.restorestation.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show what an IPSW (or its BuildManifest.plist) contains and which devices it restores.")
public final class FirmwareInspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "An .ipsw file or a BuildManifest.plist.")
    Path file;

    @Option(names = "--json", description = "Print JSON: build, version, productTypes[], identities[].")
    boolean json;

    @Override
    public Integer call() {
        throw StationException.notAvailableYet("firmware inspect");
    }
}
