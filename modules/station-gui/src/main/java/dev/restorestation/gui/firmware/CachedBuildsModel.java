package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.core.text.SizeText;
import dev.restorestation.core.text.WhenText;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The cached builds, newest version first, one row each. */
final class CachedBuildsModel extends AbstractTableModel {

    static final int STATE = 6;
    private static final String[] COLUMNS = {"Version", "Build", "Models", "Size", "Verified", "Last used", "State"};

    private final WhenText when;
    private List<CachedFirmware> builds = List.of();

    CachedBuildsModel(Clock clock) {
        this.when = new WhenText(clock);
    }

    void show(List<CachedFirmware> cached) {
        builds = cached.stream()
                .sorted(Comparator.comparing(CachedFirmware::version, CachedBuildsModel::compareVersions).reversed()
                        .thenComparing(CachedFirmware::build))
                .toList();
        fireTableDataChanged();
    }

    List<CachedFirmware> builds() {
        return builds;
    }

    CachedFirmware buildAt(int row) {
        return builds.get(row);
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
    public Object getValueAt(int row, int column) {
        CachedFirmware build = builds.get(row);
        return switch (column) {
            case 0 -> build.version();
            case 1 -> build.build();
            case 2 -> models(build.productTypes());
            case 3 -> SizeText.bytes(build.size());
            case 4 -> when.of(build.verifiedAt());
            case 5 -> when.of(build.lastUsedAt());
            case STATE -> build.state();
            default -> throw new IndexOutOfBoundsException("column " + column);
        };
    }

    /** The first models by name and how many more, so a build for 30 models still fits a cell. */
    static String models(List<String> productTypes) {
        if (productTypes.size() <= 3) {
            return String.join(", ", productTypes);
        }
        return String.join(", ", productTypes.subList(0, 2)) + " and " + (productTypes.size() - 2) + " more";
    }

    /** {@code 26.10} after {@code 26.9}: numeric parts compared as numbers. */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int x = i < left.length ? number(left[i]) : 0;
            int y = i < right.length ? number(right[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return a.compareTo(b);
    }

    private static int number(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
