package dev.restorestation.gui.shell;

import dev.restorestation.gui.Texts;
import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.settings.LabelPrinting;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.UiTask;
import java.util.List;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The label printer, the label stock and whether a verified device gets its label by itself. The
 * printers are asked for in the background; a printer the settings name but this computer lacks
 * stays listed, so saving does not lose it.
 */
final class LabelSettings {

    /** In the language of the form, not of the first one built. */
    private final String ask = Texts.text("settings.labels.ask");
    private final JComboBox<String> printer = new JComboBox<>(new String[] {ask});
    private final JComboBox<String> size = new JComboBox<>(LabelSize.COMMON.stream()
            .map(each -> each.widthMm() + "x" + each.heightMm()).toArray(String[]::new));
    private final JCheckBox onVerified = new JCheckBox(Texts.text("settings.labels.onVerified"));
    private final JLabel noPrinter = new JLabel(" ");
    private String shownPrinter = "";
    private boolean printersKnown;

    LabelSettings(DeviceLabels labels, TaskExecutor tasks) {
        printer.setName("label-printer-setting");
        printer.setToolTipText(Texts.text("settings.labels.printer.tip"));
        size.setName("label-size-setting");
        size.setEditable(true);
        size.setToolTipText(Texts.text("settings.labels.size.tip"));
        onVerified.setName("label-on-verified");
        noPrinter.setName("label-printers-found");
        noPrinter.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        printer.addActionListener(e -> onVerified.setEnabled(printer.getSelectedIndex() > 0));
        UiTask.run(tasks, "printers", context -> labels.printers(), found -> {
            printersKnown = true;
            offer(found);
        },
                failure -> noPrinter.setText(Texts.text("settings.labels.printersUnknown", UiTask.describe(failure))));
    }

    JPanel row() {
        JPanel row = new JPanel(new MigLayout("insets 0"));
        row.add(printer);
        row.add(size, "w 90!");
        row.add(onVerified);
        // on a line of its own: beside the box it pushed the form past a 1280-pixel window in German
        row.add(noPrinter, "newline, span, w 0::");
        return row;
    }

    void show(LabelPrinting labels) {
        shownPrinter = labels.printer();
        offer(List.of());
        size.setSelectedItem(labels.size());
        onVerified.setSelected(labels.onVerified());
    }

    /** The label settings as the form has them; IllegalArgumentException with the reason when refused. */
    LabelPrinting read() {
        String chosen = printer.getSelectedIndex() > 0 ? (String) printer.getSelectedItem() : "";
        Object typed = size.getEditor().getItem();
        return new LabelPrinting(chosen, typed == null ? "" : typed.toString(), onVerified.isSelected());
    }

    private void offer(List<String> found) {
        String selected = printer.getSelectedIndex() > 0 ? (String) printer.getSelectedItem() : shownPrinter;
        DefaultComboBoxModel<String> model = (DefaultComboBoxModel<String>) printer.getModel();
        for (String name : found) {
            if (model.getIndexOf(name) < 0) {
                model.addElement(name);
            }
        }
        if (!selected.isEmpty() && model.getIndexOf(selected) < 0) {
            model.addElement(selected);
        }
        printer.setSelectedItem(selected.isEmpty() ? ask : selected);
        onVerified.setEnabled(printer.getSelectedIndex() > 0);
        if (printersKnown && model.getSize() == 1) {
            noPrinter.setText(Texts.text("settings.labels.noPrinter"));
        } else {
            noPrinter.setText(" ");
        }
    }
}
