package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.CatalogBuild;
import dev.restorestation.core.firmware.CatalogListing;
import dev.restorestation.core.text.SizeText;
import dev.restorestation.gui.NaturalOrder;
import dev.restorestation.gui.RowTableModel;
import dev.restorestation.gui.Texts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** What the catalog offers for one product type: signed builds first, newest first. */
final class CatalogModel extends RowTableModel<CatalogBuild> {

    static final int SIGNED = 4;

    /** The builds in the cache now; the Note column reads it. */
    private static final class Cached {
        private Set<String> builds = Set.of();
    }

    private final Cached cached;
    private String productType = "";

    CatalogModel(ZoneId zone) {
        this(zone, new Cached());
    }

    private CatalogModel(ZoneId zone, Cached cached) {
        super(List.of(
                Column.text(Texts.text("firmware.column.version"), CatalogBuild::version),
                Column.text(Texts.text("firmware.column.build"), CatalogBuild::build),
                Column.text(Texts.text("firmware.column.size"), build -> build.size() > 0 ? SizeText.shown(build.size())
                        : Texts.text("firmware.size.unknown"), CatalogBuild::size),
                Column.text(Texts.text("firmware.column.released"), build -> build.releasedAt() == null ? ""
                        : DateTimeFormatter.ofPattern(Texts.text("firmware.released.format"))
                                .format(build.releasedAt().atZone(zone)), CatalogBuild::releasedAt),
                new Column<>(Texts.text("firmware.column.signed"), Boolean.class, CatalogBuild::signed),
                Column.text(Texts.text("firmware.column.note"), build -> cached.builds.contains(build.build())
                        ? Texts.text("firmware.inCache") : build.problem())));
        this.cached = cached;
    }

    void show(CatalogListing listing, Set<String> cachedBuilds) {
        productType = listing.productType();
        cached.builds = Set.copyOf(cachedBuilds);
        show(listing.builds().stream()
                .sorted(Comparator.comparing(CatalogBuild::signed).reversed()
                        .thenComparing(Comparator.comparing(CatalogBuild::version, new NaturalOrder())
                                .reversed())
                        .thenComparing(CatalogBuild::build))
                .toList());
    }

    /** Marks which builds are cached now, after a download or a deletion. */
    void cached(Set<String> cachedBuilds) {
        cached.builds = Set.copyOf(cachedBuilds);
        if (getRowCount() > 0) {
            fireTableRowsUpdated(0, getRowCount() - 1);
        }
    }

    String productType() {
        return productType;
    }

    CatalogBuild buildAt(int row) {
        return rowAt(row);
    }

    boolean isCached(int row) {
        return cached.builds.contains(rowAt(row).build());
    }
}
