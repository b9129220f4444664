package dev.restorestation.gui.bench;

import dev.restorestation.gui.Texts;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/** All / Failed / Running / Ready over the tiles, each with its count; reached with Tab or Alt+letter. */
final class FilterBar extends JPanel {

    private final Map<BenchFilter, JToggleButton> buttons = new EnumMap<>(BenchFilter.class);
    private BenchFilter current = BenchFilter.ALL;

    FilterBar(Consumer<BenchFilter> onChange) {
        super(new MigLayout("insets 4 10 0 10, gap 4"));
        setName("bench-filter");
        ButtonGroup group = new ButtonGroup();
        for (BenchFilter filter : BenchFilter.values()) {
            JToggleButton button = new JToggleButton(filter.label());
            button.setName("filter-" + filter.name().toLowerCase(Locale.ROOT));
            button.setMnemonic(filter.mnemonic());
            button.setToolTipText(filter.tip());
            button.putClientProperty("JButton.buttonType", "toolBarButton");
            button.addActionListener(e -> {
                current = filter;
                onChange.accept(filter);
            });
            group.add(button);
            buttons.put(filter, button);
            add(button);
        }
        buttons.get(current).setSelected(true);
    }

    BenchFilter current() {
        return current;
    }

    void select(BenchFilter filter) {
        buttons.get(filter).doClick(0);
    }

    /** "Failed 3": how many tiles each filter would show. */
    void count(List<SlotTile> tiles) {
        buttons.forEach((filter, button) -> {
            String text = Texts.text("filter.count", filter.label(), tiles.stream().filter(filter::shows).count());
            if (!text.equals(button.getText())) {
                button.setText(text);
            }
        });
    }
}
