package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.CatalogBuild;
import dev.restorestation.core.firmware.CatalogListing;
import dev.restorestation.core.text.SizeText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.swing.table.AbstractTableModel;

/** What the catalog offers for one product type: signed builds first, newest first. */
final class CatalogModel extends AbstractTableModel {

    static final int SIGNED = 4;
    private static final String[] COLUMNS = {"Version", "Build", "Size", "Released", "Signed", "Note"};

    private final ZoneId zone;
    private String productType = "";
    private List<CatalogBuild> builds = List.of();
    private Set<String> cached = Set.of();

    CatalogModel(ZoneId zone) {
        this.zone = zone;
    }

    void show(CatalogListing listing, Set<String> cachedBuilds) {
        productType = listing.productType();
        builds = listing.builds().stream()
                .sorted(Comparator.comparing(CatalogBuild::signed).reversed()
                        .thenComparing(Comparator.comparing(CatalogBuild::version, CachedBuildsModel::compareVersions)
                                .reversed())
                        .thenComparing(CatalogBuild::build))
                .toList();
        cached = Set.copyOf(cachedBuilds);
        fireTableDataChanged();
    }

    /** Marks which builds are cached now, after a download or a deletion. */
    void cached(Set<String> cachedBuilds) {
        cached = Set.copyOf(cachedBuilds);
        if (!builds.isEmpty()) {
            fireTableRowsUpdated(0, builds.size() - 1);
        }
    }

    String productType() {
        return productType;
    }

    CatalogBuild buildAt(int row) {
        return builds.get(row);
    }

    boolean isCached(int row) {
        return cached.contains(builds.get(row).build());
    }

    @Override
    public int getRowCount() {
        return builds.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == SIGNED ? Boolean.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        CatalogBuild build = builds.get(row);
        return switch (column) {
            case 0 -> build.version();
            case 1 -> build.build();
            case 2 -> build.size() > 0 ? SizeText.bytes(build.size()) : "unknown";
            case 3 -> build.releasedAt() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(build.releasedAt().atZone(zone));
            case SIGNED -> build.signed();
            case 5 -> cached.contains(build.build()) ? "In cache" : build.problem();
            default -> throw new IndexOutOfBoundsException("column " + column);
        };
    }
}
