package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.gui.HeadingSorter;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.WrappedText;
import java.awt.CardLayout;
import java.awt.event.MouseEvent;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/** The cached builds in a table, with import, verify and delete; .ipsw files can be dropped on it. */
final class CachedBuildsPanel extends JPanel {

    private final CachedBuildsModel model;
    private final JTable table;
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final JButton importButton = new JButton(Texts.text("firmware.import"));
    private final JButton verify = new JButton(Texts.text("firmware.verify"));
    private final JButton delete = new JButton(Texts.text("firmware.delete"));

    CachedBuildsPanel(Clock clock, IpswDrop drop, Runnable onImport, Consumer<CachedFirmware> onVerify,
                      Consumer<CachedFirmware> onDelete) {
        super(new MigLayout("insets 0, fill, wrap", "[grow, fill]", "[grow, fill][]"));
        this.model = new CachedBuildsModel(clock);
        this.table = new JTable(model) {
            @Override
            public String getToolTipText(MouseEvent event) {
                int row = rowAtPoint(event.getPoint());
                return row < 0 ? null : tooltip(model.buildAt(convertRowIndexToModel(row)));
            }
        };
        setName("firmware-cached");
        table.setName("firmware-cached-table");
        table.setRowSorter(new HeadingSorter<>(model));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(CachedBuildsModel.STATE).setCellRenderer(new StateRenderer());
        table.getColumnModel().getColumn(2).setPreferredWidth(220);
        table.setFillsViewportHeight(true);
        table.setTransferHandler(drop);
        table.getSelectionModel().addListSelectionListener(e -> enableActions());
        importButton.setName("firmware-import");
        importButton.setMnemonic('I');
        verify.setMnemonic('V');
        delete.setMnemonic('D');
        verify.setName("firmware-verify");
        delete.setName("firmware-delete");

        JScrollPane scroll = new JScrollPane(table);
        scroll.setTransferHandler(drop);
        JPanel empty = new JPanel(new MigLayout("insets 16, fill", "[grow, fill]"));
        empty.setName("firmware-cached-empty");
        empty.add(new WrappedText(Texts.text("firmware.empty")), "aligny top, wmin 0");
        empty.setTransferHandler(drop);
        content.add(scroll, "table");
        content.add(empty, "empty");
        add(content, "hmin 100");
        JPanel buttons = new JPanel(new MigLayout("insets 0"));
        buttons.add(importButton);
        buttons.add(verify);
        buttons.add(delete);
        add(buttons);

        importButton.addActionListener(e -> onImport.run());
        verify.addActionListener(e -> selected().ifPresent(onVerify));
        delete.addActionListener(e -> selected().ifPresent(onDelete));
        show(List.of());
    }

    void show(List<CachedFirmware> builds) {
        String keep = selected().map(CachedFirmware::sha256).orElse(null);
        model.show(builds);
        cards.show(content, builds.isEmpty() ? "empty" : "table");
        for (int row = 0; row < model.getRowCount(); row++) {
            if (model.buildAt(row).sha256().equals(keep)) {
                int view = table.convertRowIndexToView(row);
                table.setRowSelectionInterval(view, view);
            }
        }
        enableActions();
    }

    Optional<CachedFirmware> selected() {
        int row = table.getSelectedRow();
        return row < 0 ? Optional.empty() : Optional.of(model.buildAt(table.convertRowIndexToModel(row)));
    }

    JTable table() {
        return table;
    }

    CachedBuildsModel model() {
        return model;
    }

    private void enableActions() {
        boolean any = selected().isPresent();
        verify.setEnabled(any);
        delete.setEnabled(any);
    }

    private static String tooltip(CachedFirmware build) {
        String text = "<html>iOS " + escape(build.version()) + " (" + escape(build.build()) + ")<br>"
                + escape(String.join(", ", build.productTypes())) + "<br>SHA-1 " + build.sha1();
        return text + (build.problem().isEmpty() ? "" : "<br>" + escape(build.problem())) + "</html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
