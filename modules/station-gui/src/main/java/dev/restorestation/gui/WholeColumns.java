package dev.restorestation.gui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.FontMetrics;
import java.util.List;
import java.util.Map;
import javax.swing.JTable;
import javax.swing.table.TableColumn;

/** Short columns that keep their name and their words whole in every language, so the long ones give way. */
public final class WholeColumns {

    private WholeColumns() {
    }

    /** @param words per column, the widest texts its cells can hold (none when the heading is the widest) */
    public static void keep(JTable table, Map<Integer, List<String>> words) {
        FontMetrics metrics = table.getFontMetrics(table.getFont());
        int padding = UIScale.scale(12);
        words.forEach((column, texts) -> {
            int header = table.getTableHeader().getDefaultRenderer()
                    .getTableCellRendererComponent(table, table.getColumnName(column), false, false, -1, column)
                    .getPreferredSize().width + padding;
            int widest = texts.stream().mapToInt(metrics::stringWidth).max().orElse(0) + padding;
            TableColumn shown = table.getColumnModel().getColumn(column);
            shown.setMinWidth(Math.max(header, widest));
            shown.setPreferredWidth(Math.max(shown.getPreferredWidth(), shown.getMinWidth()));
        });
    }
}
