package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import static dev.restorestation.firmware.Printable.escape;

import dev.restorestation.core.text.SizeText;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.firmware.catalog.CatalogEntry;
import dev.restorestation.firmware.catalog.CatalogView;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Builds Apple offers for a device, with signed status and checksums cross-checked against "
                + "Apple's version.xml; the last good catalog is used (and its age said) when offline.")
public final class FirmwareCatalogCommand implements Callable<Integer> {

    /** {@code firmware catalog --json}. */
    public record Listed(String device, boolean offline, Instant fetchedAt, List<String> notes, List<Build> builds) {
    }

    /** One build of {@code firmware catalog --json}. */
    public record Build(String build, String version, boolean signed, long size, String sha1, String sha256,
                        String url, Instant releasedAt, List<String> checksumSources, String conflict) {
    }

    @Spec
    CommandSpec spec;

    @ParentCommand
    FirmwareCommand firmware;

    @Parameters(index = "0", paramLabel = "DEVICE", description = "Product type, e.g. iPhone14,2.")
    String device;

    @Option(names = "--json", description = "Print JSON: device, offline, fetchedAt, notes[], builds[].")
    boolean json;

    @Mixin
    CatalogMirrorOption catalog;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CatalogView view = firmware.cache(catalog.mirror()).catalog().builds(device);
        List<Build> builds = view.entries().stream().map(FirmwareCatalogCommand::build).toList();
        if (json) {
            out.println(CommandLineOutput.json(new Listed(view.productType(), view.offline(), view.fetchedAt(),
                    view.notesIn(Locale.ENGLISH), builds)));
            return 0;
        }
        out.println(text("catalog.count", view.productType(), builds.size()));
        for (Build build : builds) {
            out.printf("  %-8s %-8s %-10s %10s  sha1 %s (%s)%s%n", escape(build.build()), escape(build.version()),
                    text(build.signed() ? "catalog.signed" : "catalog.notSigned"), SizeText.shown(build.size()), build.sha1(),
                    build.checksumSources().isEmpty() ? text("catalog.disputed") : String.join(" + ", build.checksumSources()),
                    build.conflict().isEmpty() ? "" : "  " + escape(build.conflict()));
        }
        view.notesIn(StationLanguage.current()).forEach(note -> out.println(escape(note)));
        return 0;
    }

    private static Build build(CatalogEntry entry) {
        return new Build(entry.build(), entry.version(), entry.signed(), entry.size(), entry.sha1(), entry.sha256(),
                entry.url().toString(), entry.releasedAt(), entry.checksumSources(), entry.conflict());
    }
}
