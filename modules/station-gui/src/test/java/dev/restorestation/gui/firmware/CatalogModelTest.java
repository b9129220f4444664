package dev.restorestation.gui.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.firmware.CatalogBuild;
import dev.restorestation.core.firmware.CatalogListing;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogModelTest {

    private final CatalogModel model = new CatalogModel(ZoneOffset.UTC);

    private static CatalogBuild build(String version, String build, boolean signed, String problem) {
        return new CatalogBuild(build, version, 10_000_000_000L, signed, Instant.parse("2026-01-12T17:00:00Z"), problem);
    }

    @Test
    void signedBuildsComeFirstNewestFirstAndCachedOnesAreMarked() {
        model.show(new CatalogListing("iPhone15,2", List.of(build("26.1", "23B85", false, ""), build("26.2.1", "23C71", true, ""),
                build("26.2", "23C55", true, "the catalogs disagree on the SHA-1")), Instant.EPOCH, false, List.of()),
                Set.of("23C71"));

        assertThat(List.of(model.getValueAt(0, 1), model.getValueAt(1, 1), model.getValueAt(2, 1)))
                .containsExactly("23C71", "23C55", "23B85");
        assertThat(model.getValueAt(0, CatalogModel.SIGNED)).isEqualTo(true);
        assertThat(model.getValueAt(2, CatalogModel.SIGNED)).isEqualTo(false);
        assertThat(model.getValueAt(0, 5)).isEqualTo("In cache");
        assertThat(model.getValueAt(1, 5)).isEqualTo("the catalogs disagree on the SHA-1");
        assertThat(model.getValueAt(0, 3)).isEqualTo("2026-01-12");
        assertThat(model.isCached(0)).isTrue();

        model.cached(Set.of());
        assertThat(model.getValueAt(0, 5)).isEqualTo("");
    }
}
