package dev.restorestation.gui.bench;

import dev.restorestation.gui.Texts;
import java.awt.Component;
import java.util.List;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;

/**
 * "Which build do these devices get?": each selected device with the build it gets now, and a
 * list to pick another from. The keyboard starts in the list; Enter takes the pick, Esc keeps things.
 */
final class BuildDialog {

    private BuildDialog() {
    }

    static Optional<BuildOption> choose(Component parent, List<SlotTile> tiles, List<BuildOption> choices) {
        StringBuilder now = new StringBuilder(Texts.text("build.gets", tiles.size())).append('\n');
        for (SlotTile tile : tiles) {
            now.append("  ").append(line(tile)).append('\n');
        }
        JComboBox<BuildOption> list = new JComboBox<>(choices.toArray(BuildOption[]::new));
        list.setName("build-choice");
        tiles.stream().filter(SlotTile::buildChosen).map(SlotTile::build).distinct().reduce((a, b) -> null)
                .ifPresent(list::setSelectedItem);
        JLabel hint = new JLabel(choices.size() == 1 ? Texts.text("build.noOther", tiles.size())
                : Texts.text("build.restoreWith"));
        String use = Texts.text("build.use");
        Object[] buttons = {use, Texts.text("dialog.cancel")};
        JOptionPane pane = new JOptionPane(new Object[] {now.toString(), hint, list}, JOptionPane.QUESTION_MESSAGE,
                JOptionPane.DEFAULT_OPTION, null, buttons, buttons[0]) {
            @Override
            public void selectInitialValue() {
                // the pane makes "Use this build" the Enter button; the keyboard itself goes to the list
                super.selectInitialValue();
                list.requestFocusInWindow();
            }
        };
        JDialog dialog = pane.createDialog(parent, Texts.text("build.title"));
        dialog.setVisible(true);
        dialog.dispose();
        return use.equals(pane.getValue()) ? Optional.of((BuildOption) list.getSelectedItem()) : Optional.empty();
    }

    /** "Slot 2 · iPhone 13 Pro · 23B85 (iOS 26.1), latest signed". */
    static String line(SlotTile tile) {
        return Texts.text("tile.slot", tile.slot().label()) + " · " + tile.device().name() + " · " + TileText.build(tile);
    }
}
