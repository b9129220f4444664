package dev.restorestation.gui.bench;

import dev.restorestation.gui.Texts;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** The bench when its filter hides every tile: says so, and offers them all back. */
final class NothingShown extends JPanel {

    private final JLabel title = new JLabel();

    NothingShown(Runnable showAll) {
        super(new MigLayout("fill, insets 40", "[center]", "push[]12[]push"));
        setName("bench-nothing-shown");
        setOpaque(false);
        title.setName("bench-nothing-shown-title");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        JButton all = new JButton(Texts.text("filter.showAll"));
        all.setName("bench-show-all");
        all.addActionListener(e -> showAll.run());
        add(title, "wrap");
        add(all);
    }

    void say(String text) {
        title.setText(text);
    }
}
