package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import static dev.restorestation.firmware.Printable.escape;

import dev.restorestation.firmware.BuildIdentity;
import dev.restorestation.firmware.BuildManifest;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show what an IPSW (or its BuildManifest.plist) contains and which devices it restores.")
public final class FirmwareInspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code firmware inspect --json}. */
    public record Inspected(String build, String version, List<String> productTypes, List<BuildIdentity> identities) {
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "An .ipsw file or a BuildManifest.plist.")
    Path file;

    @Option(names = "--json", description = "Print JSON: build, version, productTypes[], identities[].")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildManifest manifest = IpswVerifier.readManifest(file);
        Inspected inspected = new Inspected(manifest.build().build(), manifest.build().version(),
                manifest.build().productTypes(), manifest.identities());
        if (json) {
            out.println(CommandLineOutput.json(inspected));
            return 0;
        }
        out.println(text("inspect.build", escape(inspected.build()), escape(inspected.version()),
                escape(String.join(", ", inspected.productTypes()))));
        for (BuildIdentity identity : inspected.identities()) {
            out.printf("  chip 0x%04X board 0x%02X  %-8s %-7s %s%n", identity.chipId(), identity.boardId(),
                    escape(identity.deviceClass()),
                    identity.restoreBehavior().isEmpty() ? "-" : escape(identity.restoreBehavior()),
                    escape(identity.variant()));
        }
        return 0;
    }
}
