package dev.restorestation.gui.shell;

import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.gui.Dialogs;
import dev.restorestation.gui.KeyNames;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.WholeColumns;
import dev.restorestation.gui.WrappedCells;
import dev.restorestation.gui.actions.StationAction;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;

/** Every keyboard shortcut of the window on one sheet, read from the same definitions the menus use. */
final class ShortcutSheet {

    static final KeyStroke OPEN = KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0);

    private ShortcutSheet() {
    }

    /** Key, what it does: the bench actions, the areas, then the window's own keys. */
    static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (StationAction action : StationAction.values()) {
            rows.add(new String[] {keys(action.shortcut()), action.label().replace("…", ""), action.description()});
        }
        for (Area area : Area.values()) {
            rows.add(new String[] {keys(area.shortcut()), Texts.text("shortcuts.showArea", area.label()), ""});
        }
        rows.add(new String[] {Texts.text("shortcuts.arrows.keys"), Texts.text("shortcuts.arrows"), ""});
        rows.add(new String[] {Texts.text("shortcuts.click.keys"), Texts.text("shortcuts.click"), ""});
        rows.add(new String[] {keys(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK)),
                Texts.text("shortcuts.saveNote"), Texts.text("shortcuts.saveNote.where")});
        rows.add(new String[] {keys(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0)), Texts.text("shortcuts.closeDialog"),
                Texts.text("shortcuts.closeDialog.how")});
        rows.add(new String[] {keys(OPEN), Texts.text("shortcuts.thisSheet"), ""});
        rows.add(new String[] {keys(KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK)),
                Texts.text("menu.quit"), Texts.text("shortcuts.quit.how")});
        return rows;
    }

    static void show(Window owner) {
        DefaultTableModel model = new DefaultTableModel(new Object[] {Texts.text("shortcuts.column.keys"), Texts.text("shortcuts.column.action"),
                Texts.text("shortcuts.column.what")}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        rows().forEach(model::addRow);
        JTable table = new JTable(model);
        table.setName("shortcut-sheet");
        table.setFillsViewportHeight(true);
        List<String> keys = rows().stream().map(row -> row[0]).toList();
        WholeColumns.keep(table, Map.of(0, keys));
        // the action and its description wrap onto more lines where the window is narrow or the language long
        WrappedCells.wrap(table, 1, 2);
        DefaultTableCellRenderer keysAtTheTop = new DefaultTableCellRenderer();
        keysAtTheTop.setVerticalAlignment(SwingConstants.TOP);
        table.getColumnModel().getColumn(0).setCellRenderer(keysAtTheTop);
        int[] widths = {table.getColumnModel().getColumn(0).getPreferredWidth(), UIScale.scale(300), UIScale.scale(900)};
        for (int column = 1; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        table.setPreferredScrollableViewportSize(new Dimension(widths[0] + widths[1] + widths[2],
                table.getRowHeight() * table.getRowCount()));

        JDialog dialog = new JDialog(owner, Texts.text("menu.shortcuts"), JDialog.ModalityType.MODELESS);
        dialog.setName("shortcut-dialog");
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        dialog.add(scroll, BorderLayout.CENTER);
        Dialogs.closeOnEscape(dialog);
        dialog.pack();
        dialog.setSize(Math.min(dialog.getWidth(), owner.getWidth()), owner.getHeight());
        dialog.validate();
        // the rows have grown to their lines at this width: as tall as they are, up to the window's height
        int spare = scroll.getViewport().getHeight() - table.getPreferredSize().height;
        dialog.setSize(dialog.getWidth(), Math.min(owner.getHeight(), dialog.getHeight() - Math.max(spare, 0)));
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }

    /** "Ctrl+Shift+E", in the station's language ("Strg+Umschalt+E"). */
    static String keys(KeyStroke stroke) {
        return KeyNames.of(stroke);
    }
}
