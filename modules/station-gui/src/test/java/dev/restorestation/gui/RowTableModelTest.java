package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.gui.RowTableModel.Column;
import java.util.ArrayList;
import java.util.List;
import javax.swing.event.TableModelEvent;
import org.junit.jupiter.api.Test;

class RowTableModelTest {

    private record Part(String name, int stock) {
    }

    private final RowTableModel<Part> model = new RowTableModel<>(List.of(
            Column.text("Part", Part::name),
            new Column<>("In stock", Integer.class, Part::stock)));

    @Test
    void eachColumnGivesItsNameTypeAndTheRowsValue() {
        model.show(List.of(new Part("Lightning cable", 12), new Part("Battery", 3)));

        assertThat(model.getColumnCount()).isEqualTo(2);
        assertThat(model.getColumnName(1)).isEqualTo("In stock");
        assertThat(model.getColumnClass(0)).isEqualTo(String.class);
        assertThat(model.getColumnClass(1)).isEqualTo(Integer.class);
        assertThat(model.getRowCount()).isEqualTo(2);
        assertThat(model.getValueAt(1, 0)).isEqualTo("Battery");
        assertThat(model.getValueAt(0, 1)).isEqualTo(12);
        assertThat(model.rowAt(1)).isEqualTo(new Part("Battery", 3));
    }

    @Test
    void showingRowsTellsTheTableAndKeepsACopy() {
        List<TableModelEvent> events = new ArrayList<>();
        model.addTableModelListener(events::add);
        List<Part> parts = new ArrayList<>(List.of(new Part("Screen", 1)));

        model.show(parts);
        parts.clear();

        assertThat(events).hasSize(1);
        assertThat(model.rows()).containsExactly(new Part("Screen", 1));
    }
}
