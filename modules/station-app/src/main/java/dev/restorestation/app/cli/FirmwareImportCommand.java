package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import static dev.restorestation.firmware.Printable.escape;

import dev.restorestation.firmware.store.CachedBuild;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Verify a local IPSW fully and add it to the cache.")
public final class FirmwareImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    FirmwareCommand firmware;

    @Parameters(index = "0", paramLabel = "FILE.ipsw")
    Path file;

    @Option(names = "--sha1", paramLabel = "HEX", description = "The SHA-1 it must have.")
    String sha1;

    @Option(names = "--sha256", paramLabel = "HEX", description = "The SHA-256 it must have.")
    String sha256;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CachedBuild entry = firmware.importer().importFile(file, sha1, sha256, new FirmwareCommand.ProgressLines(err));
        out.println(text("import.imported", escape(entry.build()), escape(entry.version()),
                escape(String.join(", ", entry.productTypes()))));
        out.printf("  sha1 %s%n  sha256 %s%n", entry.sha1(), entry.sha256());
        return 0;
    }
}
