package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.core.firmware.CatalogBuild;
import dev.restorestation.core.firmware.FirmwareState;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.gui.bench.BuildOption;
import dev.restorestation.gui.bench.BuildSource;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builds the bench offers, from the cache and the catalog the Firmware area shows. */
class BuildSourceTest {

    private final EmptyShop shop = new EmptyShop();

    @Test
    void theLatestSignedIsTheCatalogsFirstSignedOneThenTheOtherSignedThenWhatIsOnlyCached() throws Exception {
        shop.catalogBuilds = List.of(
                new CatalogBuild("23C5", "26.2", 0, false, null, ""),
                new CatalogBuild("23B85", "26.1", 0, true, null, ""),
                new CatalogBuild("23B74", "26.1", 0, true, null, "the catalogs disagree on its checksum"),
                new CatalogBuild("23A341", "26.0", 0, true, null, ""),
                new CatalogBuild("22G86", "18.6", 0, false, null, ""));
        shop.cached = List.of(cached("23A341", "26.0", FirmwareState.VERIFIED, "iPhone14,2"),
                cached("22G86", "18.6", FirmwareState.CHANGED, "iPhone14,2"),
                cached("22F76", "18.5", FirmwareState.QUARANTINED, "iPhone14,2"),
                cached("21H16", "17.6", FirmwareState.VERIFIED, "iPad7,5"));

        List<BuildOption> options = BuildSource.of(shop).builds("iPhone14,2", TaskContext.quiet());

        assertThat(options).containsExactly(
                new BuildOption("23B85", "26.1", true, true, false),
                new BuildOption("23A341", "26.0", false, true, true),
                new BuildOption("22G86", "18.6", false, false, true));
        assertThat(options.get(1)).hasToString("23A341 (iOS 26.0) · signed · cached");
    }

    @Test
    void withoutACatalogOnlyCachedBuildsAreOffered() throws Exception {
        shop.cached = List.of(cached("23A341", "26.0", FirmwareState.VERIFIED, "iPhone14,2"));

        assertThat(BuildSource.of(shop).builds("iPhone14,2", TaskContext.quiet()))
                .containsExactly(new BuildOption("23A341", "26.0", false, false, true));
    }

    private static CachedFirmware cached(String build, String version, FirmwareState state, String model) {
        return new CachedFirmware(build, version, List.of(model), 1L << 30, "sha1-" + build, "sha256-" + build, state,
                Instant.now(), null, "");
    }
}
