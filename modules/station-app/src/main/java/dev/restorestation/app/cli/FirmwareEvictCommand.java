package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import static dev.restorestation.firmware.Printable.escape;

import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.text.SizeText;
import dev.restorestation.firmware.store.CachedBuild;
import dev.restorestation.firmware.store.FirmwareStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "evict", mixinStandardHelpOptions = true,
        description = "Remove quarantined, then least recently used builds down to a size; builds in use stay.")
public final class FirmwareEvictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    FirmwareCommand firmware;

    @Option(names = "--max-size", paramLabel = "SIZE", required = true, description = "e.g. 200G, 500M.")
    String maxSize;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long limit;
        try {
            limit = SizeText.parse(maxSize);
        } catch (IllegalArgumentException e) {
            throw new StationException(text("evict.notASize", maxSize), StationException.USAGE);
        }
        FirmwareStore store = firmware.store();
        store.unusable().forEach(line -> err.println("station: " + text("station.warning", ErrorLine.of(line))));
        FirmwareStore.Eviction eviction = store.evict(limit);
        for (CachedBuild removed : eviction.removed()) {
            out.println(text("evict.removed", escape(removed.build()), escape(String.join(",", removed.productTypes())),
                    SizeText.shown(removed.size())));
        }
        for (CachedBuild kept : eviction.keptInUse()) {
            out.println(text("evict.kept", escape(kept.build())));
        }
        out.println(text("evict.holds", SizeText.shown(eviction.bytesLeft()), SizeText.shown(limit)));
        return eviction.bytesLeft() <= limit ? 0 : StationException.FAILED;
    }
}
