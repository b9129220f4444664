package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.core.firmware.FirmwareState;
import dev.restorestation.core.text.SizeText;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.text.WhenText;
import dev.restorestation.gui.NaturalOrder;
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
                Column.text(Texts.text("firmware.column.size"), build -> SizeText.shown(build.size()),
                        CachedFirmware::size),
                Column.text(Texts.text("firmware.column.verified"), build -> when.of(build.verifiedAt()),
                        CachedFirmware::verifiedAt),
                Column.text(Texts.text("firmware.column.lastUsed"), build -> when.of(build.lastUsedAt()),
                        CachedFirmware::lastUsedAt),
                new Column<>(Texts.text("firmware.column.state"), FirmwareState.class, CachedFirmware::state));
    }

    @Override
    public void show(List<CachedFirmware> cached) {
        super.show(cached.stream()
                .sorted(Comparator.comparing(CachedFirmware::version, new NaturalOrder()).reversed()
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
}
