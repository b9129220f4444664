package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.gui.RowTableModel.Column;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.RowSorter.SortKey;
import javax.swing.SortOrder;
import org.junit.jupiter.api.Test;

/** A heading's click, as the table header makes it: {@code toggleSortOrder}. No display needed. */
class HeadingSorterTest {

    private record Repair(String ticket, String shownDay, Instant day, long bytes) {
    }

    private static final Repair NOV_30 = new Repair("R-999", "Nov 30", Instant.parse("2026-11-30T10:00:00Z"), 900);
    private static final Repair DEC_1 = new Repair("R-1042", "Dec 1", Instant.parse("2026-12-01T10:00:00Z"), 5_000);
    private static final Repair DEC_5 = new Repair("R-10", "Dec 5", Instant.parse("2026-12-05T10:00:00Z"), 40);

    private final RowTableModel<Repair> model = new RowTableModel<>(List.of(
            Column.text("Ticket", Repair::ticket),
            Column.text("Day", Repair::shownDay, Repair::day),
            Column.text("Size", repair -> repair.bytes() + " B"),
            new Column<>("Bytes", Long.class, Repair::bytes)));
    private final HeadingSorter<Repair> sorter = new HeadingSorter<>(model);

    @Test
    void aColumnWithAKeySortsByTheKeyNotByTheTextItShows() {
        model.show(List.of(DEC_5, NOV_30, DEC_1));
        sorter.allRowsChanged();

        sorter.toggleSortOrder(1);

        assertThat(shown()).as("by day, where the text would put Dec before Nov").containsExactly(NOV_30, DEC_1, DEC_5);
    }

    @Test
    void textGoesInNaturalOrderAndNumbersByValue() {
        model.show(List.of(DEC_1, NOV_30, DEC_5));
        sorter.allRowsChanged();

        sorter.toggleSortOrder(0);
        assertThat(shown()).containsExactly(DEC_5, NOV_30, DEC_1);
        sorter.toggleSortOrder(2);
        assertThat(shown()).as("\"40 B\" before \"900 B\"").containsExactly(DEC_5, NOV_30, DEC_1);
        sorter.toggleSortOrder(3);
        assertThat(shown()).containsExactly(DEC_5, NOV_30, DEC_1);
    }

    @Test
    void theSecondClickReversesAndTheThirdGoesBackToTheModelsOrder() {
        model.show(List.of(DEC_5, NOV_30, DEC_1));
        sorter.allRowsChanged();

        sorter.toggleSortOrder(1);
        sorter.toggleSortOrder(1);
        assertThat(List.<SortKey>copyOf(sorter.getSortKeys())).containsExactly(new SortKey(1, SortOrder.DESCENDING));
        assertThat(shown()).containsExactly(DEC_5, DEC_1, NOV_30);

        sorter.toggleSortOrder(1);
        assertThat(sorter.getSortKeys()).isEmpty();
        assertThat(shown()).containsExactly(DEC_5, NOV_30, DEC_1);
    }

    @Test
    void rowsAlikeInTheClickedColumnKeepTheListsOrderNotAnEarlierClicksOrder() {
        Repair dec1Again = new Repair("R-1042", "Dec 1", Instant.parse("2026-12-01T09:00:00Z"), 7);
        model.show(List.of(DEC_1, NOV_30, dec1Again));
        sorter.allRowsChanged();

        sorter.toggleSortOrder(3);
        sorter.toggleSortOrder(0);

        assertThat(shown()).containsExactly(NOV_30, DEC_1, dec1Again);
    }

    @Test
    void newRowsAreSortedAsTheHeadingSays() {
        model.show(List.of(DEC_1));
        sorter.allRowsChanged();
        sorter.toggleSortOrder(1);

        model.show(List.of(DEC_5, DEC_1, NOV_30));
        sorter.allRowsChanged();

        assertThat(shown()).containsExactly(NOV_30, DEC_1, DEC_5);
    }

    private List<Repair> shown() {
        List<Repair> rows = new ArrayList<>();
        IntStream.range(0, sorter.getViewRowCount()).forEach(view -> rows.add(model.rowAt(sorter.convertRowIndexToModel(view))));
        return rows;
    }
}
