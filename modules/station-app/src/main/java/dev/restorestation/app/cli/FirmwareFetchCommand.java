package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import static dev.restorestation.firmware.Printable.escape;

import dev.restorestation.firmware.store.CachedBuild;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Download a build into the cache: resumable, hashed while it arrives, verified in full, "
                + "once per build even when several stations share the cache.")
public final class FirmwareFetchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    FirmwareCommand firmware;

    @Parameters(index = "0", paramLabel = "DEVICE", description = "Product type, e.g. iPhone14,2.")
    String device;

    @Parameters(index = "1", paramLabel = "BUILD", description = "Build, e.g. 23C71.")
    String build;

    @Mixin
    CatalogMirrorOption catalog;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CachedBuild entry = firmware.cache(catalog.mirror())
                .fetch(device, build, new FirmwareCommand.ProgressLines(spec.commandLine().getErr()));
        out.println(text("fetch.inCache", escape(entry.build()), escape(entry.version()), escape(device)));
        out.printf("  sha1 %s%n  sha256 %s%n", entry.sha1(), entry.sha256());
        return 0;
    }
}
