package dev.restorestation.gui.bench;

import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.core.firmware.CatalogBuild;
import dev.restorestation.core.firmware.FirmwareLibrary;
import dev.restorestation.core.firmware.FirmwareState;
import dev.restorestation.core.task.TaskContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The builds a model can be restored to. Blocks on the cache and the catalog: never call it on the EDT. */
@FunctionalInterface
public interface BuildSource {

    /** Knows no builds: every restore gets the station's own choice. */
    BuildSource NONE = (productType, context) -> List.of();

    /**
     * The latest signed build first (the one a restore gets unless another is chosen), then the
     * other signed builds, then cached builds the catalog does not list; empty when nothing is known.
     */
    List<BuildOption> builds(String productType, TaskContext context) throws IOException;

    /**
     * From the firmware cache and the catalog the Firmware area shows. The latest signed build is
     * the catalog's first signed one, as the restore picks it; without the catalog (offline and
     * never read), only cached builds are offered.
     */
    static BuildSource of(FirmwareLibrary library) {
        return (productType, context) -> {
            List<CachedFirmware> inCache = library.builds();
            Set<String> cached = inCache.stream()
                    .filter(build -> build.state() == FirmwareState.VERIFIED || build.state() == FirmwareState.CHANGED)
                    .filter(build -> build.productTypes().contains(productType))
                    .map(CachedFirmware::build).collect(Collectors.toCollection(LinkedHashSet::new));
            List<CatalogBuild> catalog;
            try {
                catalog = library.catalog(productType, context).builds();
            } catch (IOException e) {
                catalog = List.of();
            }
            List<BuildOption> options = new ArrayList<>();
            boolean latestSeen = false;
            for (CatalogBuild build : catalog) {
                // the first signed one is what a restore gets, fetchable or not; a later one only when it can be had
                if (build.signed() && (!latestSeen || build.problem().isEmpty())) {
                    options.add(new BuildOption(build.build(), build.version(), !latestSeen, true, cached.remove(build.build())));
                    latestSeen = true;
                }
            }
            for (CachedFirmware build : inCache) {
                if (cached.remove(build.build())) {
                    options.add(new BuildOption(build.build(), build.version() == null ? "" : build.version(), false, false, true));
                }
            }
            return options;
        };
    }
}
