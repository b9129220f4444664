package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_F1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shortcut sheet (F1) shows every cell whole, in each language, in a small window and a large one. */
class ShortcutSheetAtTheBenchTest extends AtTheBench {

    @AfterEach
    void backToTheSystemsLanguage() {
        StationLanguage.choose("");
    }

    @ParameterizedTest
    @CsvSource({"en, 1280, 800", "de, 1280, 800", "es, 1280, 800", "en, 1600, 1000", "de, 1600, 1000", "es, 1600, 1000"})
    void everyCellIsShownWhole(String language, int width, int height) throws Exception {
        StationLanguage.choose(language);
        JTable table = sheetOver(width, height);
        station.screenshot("shortcut-sheet-" + language + "-" + width, Ui.onEdt(() -> SwingUtilities.getWindowAncestor(table)));

        List<String> cut = Ui.onEdt(() -> cutCells(table));
        assertThat(cut).as("cells cut in %s at %dx%d", language, width, height).isEmpty();
        int rows = Ui.onEdt(table::getRowCount);
        assertThat(rows).isGreaterThan(20);
    }

    @Test
    void aCellTooNarrowForItsWordsIsCaught() throws Exception {
        JTable table = sheetOver(1280, 800);
        List<String> cut = Ui.onEdt(() -> {
            table.getColumnModel().getColumn(0).setMinWidth(0);
            table.getColumnModel().getColumn(0).setMaxWidth(20);
            table.doLayout();
            return cutCells(table);
        });
        assertThat(cut).isNotEmpty().allMatch(cell -> cell.startsWith("0:"));
    }

    private JTable sheetOver(int width, int height) throws Exception {
        station.open(KnownSlots.none());
        Frame frame = station.frame;
        Ui.run(() -> {
            frame.setExtendedState(Frame.NORMAL);
            frame.setBounds(0, 0, width, height);
        });
        Dimension size = Ui.await(() -> Ui.onEdt(frame::getSize), shown -> shown.equals(new Dimension(width, height)), 10);
        assertThat(size).isEqualTo(new Dimension(width, height));
        station.bench.publish(FakeBench.benchOf(1));
        hands.click(station.find("tile-1"));
        hands.chord(VK_F1);
        Window sheet = Ui.await(ShortcutSheetAtTheBenchTest::shownSheet, found -> found != null, 10);
        int sheetHeight = Ui.onEdt(sheet::getHeight);
        assertThat(sheetHeight).isLessThanOrEqualTo(height);
        return Ui.find(sheet, "shortcut-sheet");
    }

    private static Window shownSheet() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && "shortcut-dialog".equals(window.getName())) {
                return window;
            }
        }
        return null;
    }

    /**
     * "column:row text" of each cell whose text needs more room than the cell has, measured with its
     * renderer's font: a label's whole line; a wrapping text's every word, and the height of its lines.
     */
    private static List<String> cutCells(JTable table) {
        List<String> cut = new ArrayList<>();
        for (int row = 0; row < table.getRowCount(); row++) {
            for (int column = 0; column < table.getColumnCount(); column++) {
                Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
                Rectangle room = table.getCellRect(row, column, false);
                Insets insets = ((JComponent) cell).getInsets();
                int width = room.width - insets.left - insets.right;
                var metrics = cell.getFontMetrics(cell.getFont());
                boolean whole;
                if (cell instanceof JLabel label) {
                    whole = metrics.stringWidth(label.getText()) <= width;
                } else {
                    String text = ((JTextComponent) cell).getText();
                    cell.setSize(room.width, Short.MAX_VALUE);
                    whole = cell.getPreferredSize().height <= room.height;
                    for (String word : text.split("\\s+")) {
                        whole &= metrics.stringWidth(word) <= width;
                    }
                }
                if (!whole) {
                    cut.add(column + ":" + row + " " + table.getValueAt(row, column));
                }
            }
        }
        return cut;
    }
}
