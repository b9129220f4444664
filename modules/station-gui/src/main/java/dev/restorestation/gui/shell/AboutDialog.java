package dev.restorestation.gui.shell;

import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.gui.Dialogs;
import dev.restorestation.gui.Texts;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** What support asks first: the station's version, the engine's, and where the data lives; copyable in one click. */
final class AboutDialog {

    private AboutDialog() {
    }

    /** By a name that is also the field's, in the order shown; {@code engine} is null while the engine has not answered yet. */
    static Map<String, String> facts(String version, EngineStatus engine, String dataDirectory) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("version", version == null || version.isBlank() ? Texts.text("about.version.unknown") : version);
        facts.put("restore-engine", engine == null ? Texts.text("about.engine.checking")
                : EngineText.of(engine) + (engine.detail().isEmpty() ? "" : " — " + engine.detail()));
        facts.put("data-directory", dataDirectory);
        facts.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        facts.put("system", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch"));
        return facts;
    }

    static void show(Window owner, Map<String, String> facts) {
        JDialog dialog = new JDialog(owner, Texts.text("menu.about"), JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("about-dialog");
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]"));
        JLabel title = new JLabel(Texts.text("window.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        panel.add(title, "span 2, left, gapbottom para");
        StringBuilder copy = new StringBuilder();
        facts.forEach((id, value) -> {
            String name = Texts.text("about." + id);
            panel.add(new JLabel(name));
            JTextField field = new JTextField(value, 64);
            field.setName("about-" + id);
            field.setEditable(false);
            field.setCaretPosition(0);
            field.setToolTipText(value);
            panel.add(field);
            copy.append(name).append(": ").append(value).append('\n');
        });
        JButton copyButton = new JButton(Texts.text("about.copy"));
        copyButton.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection(copy.toString()), null));
        JButton close = new JButton(Texts.text("dialog.close"));
        close.addActionListener(e -> dialog.dispose());
        panel.add(copyButton, "span 2, split 2, right, gaptop para");
        panel.add(close);
        dialog.setContentPane(panel);
        dialog.getRootPane().setDefaultButton(close);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                close.requestFocusInWindow();
            }
        });
        Dialogs.closeOnEscape(dialog);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }
}
