package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.core.firmware.FirmwareState;
import dev.restorestation.core.text.SizeText;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.text.WhenText;
import dev.restorestation.gui.RowTableModel;
import dev.restorestation.gui.Texts;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** The cached builds, newest version first, one row each. */
final class CachedBuildsModel extends RowTableModel<CachedFirmware> {

    static final int STATE = 6;

    CachedBuildsModel(Clock clock) {
        super(columns(new WhenText(clock, StationLanguage.current())));
    }

    private static List<Column<CachedFirmware, ?>> columns(WhenText when) {
        return List.of(
                Column.text(Texts.text("firmware.column.version"), CachedFirmware::version),
                Column.text(Texts.text("firmware.column.build"), CachedFirmware::build),
                Column.text(Texts.text("firmware.column.models"), build -> models(build.productTypes())),
                Column.text(Texts.text("firmware.column.size"), build -> SizeText.shown(build.size())),
                Column.text(Texts.text("firmware.column.verified"), build -> when.of(build.verifiedAt())),
                Column.text(Texts.text("firmware.column.lastUsed"), build -> when.of(build.lastUsedAt())),
                new Column<>(Texts.text("firmware.column.state"), FirmwareState.class, CachedFirmware::state));
    }

    @Override
    public void show(List<CachedFirmware> cached) {
        super.show(cached.stream()
                .sorted(Comparator.comparing(CachedFirmware::version, CachedBuildsModel::compareVersions).reversed()
                        .thenComparing(CachedFirmware::build))
                .toList());
    }

    List<CachedFirmware> builds() {
        return rows();
    }

    CachedFirmware buildAt(int row) {
        return rowAt(row);
    }

    /** The first models by name and how many more, so a build for 30 models still fits a cell. */
    static String models(List<String> productTypes) {
        if (productTypes.size() <= 3) {
            return String.join(", ", productTypes);
        }
        return Texts.text("firmware.models.more", String.join(", ", productTypes.subList(0, 2)), productTypes.size() - 2);
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
