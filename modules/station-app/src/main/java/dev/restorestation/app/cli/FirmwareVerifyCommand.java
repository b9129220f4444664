package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import static dev.restorestation.firmware.Printable.escape;

import dev.restorestation.app.assembly.StationException;
import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.store.CachedBuild;
import dev.restorestation.firmware.store.FirmwareStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-verify cached builds in full (structure, CRCs, manifest digests, SHA-1, SHA-256); "
                + "a file that fails goes to quarantine.")
public final class FirmwareVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Which {
        @Option(names = "--all", description = "Every cached build.")
        boolean all;

        @Parameters(index = "0", paramLabel = "BUILD")
        String build;
    }

    @ParentCommand
    FirmwareCommand firmware;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FirmwareStore store = firmware.store();
        List<CachedBuild> chosen = store.builds().stream()
                .filter(entry -> !entry.inQuarantine())
                .filter(entry -> which.all || entry.build().equalsIgnoreCase(which.build))
                .toList();
        if (chosen.isEmpty()) {
            throw new StationException(which.all ? text("verify.cacheEmpty") : text("verify.notInCache", which.build));
        }
        int failed = 0;
        for (CachedBuild entry : chosen) {
            try {
                CachedBuild good = store.verify(entry, new FirmwareCommand.ProgressLines(err));
                out.println(text("verify.verified", escape(good.build()), escape(String.join(",", good.productTypes())),
                        good.sha1()));
            } catch (InvalidFirmwareException e) {
                failed++;
                err.println("station: " + ErrorLine.of(e.getLocalizedMessage()));
            }
        }
        return failed == 0 ? 0 : StationException.FAILED;
    }
}
