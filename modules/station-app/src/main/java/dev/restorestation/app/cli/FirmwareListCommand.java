package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import static dev.restorestation.firmware.Printable.escape;

import dev.restorestation.core.text.SizeText;
import dev.restorestation.firmware.store.CachedBuild;
import dev.restorestation.firmware.store.FirmwareStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Builds in the cache.")
public final class FirmwareListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** One line of {@code firmware list --json}. */
    public record Listed(String build, String version, List<String> productTypes, long size, String sha1,
                         String sha256, String state, Instant verifiedAt, Instant lastUsedAt) {
    }

    @ParentCommand
    FirmwareCommand firmware;

    @Option(names = "--json", description = "Print a JSON array: build, version, productTypes, size, sha1, sha256, "
            + "state, verifiedAt, lastUsedAt.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FirmwareStore store = firmware.store();
        List<Listed> listed = store.builds().stream()
                .sorted(Comparator.comparing(CachedBuild::build).thenComparing(CachedBuild::sha256))
                .map(entry -> new Listed(entry.build(), entry.version(), entry.productTypes(), entry.size(),
                        entry.sha1(), entry.sha256(), store.state(entry).name().toLowerCase(Locale.ROOT),
                        entry.verifiedAt(), entry.lastUsedAt()))
                .toList();
        store.unusable().forEach(line -> err.println("station: " + text("station.warning", ErrorLine.of(line))));
        if (json) {
            out.println(CommandLineOutput.json(listed));
            return 0;
        }
        if (listed.isEmpty()) {
            out.println(text("list.empty", store.folder().toString()));
            return 0;
        }
        for (Listed line : listed) {
            out.printf("%-8s %-8s %-11s %10s  %s  %s%n", escape(line.build()), escape(line.version()),
                    text("cacheState." + line.state().toUpperCase(Locale.ROOT)),
                    SizeText.shown(line.size()), escape(line.sha1()), escape(String.join(",", line.productTypes())));
        }
        out.println(text("list.total", SizeText.shown(listed.stream().mapToLong(Listed::size).sum()), store.folder().toString()));
        return 0;
    }
}
