package dev.restorestation.gui.bench;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JPopupMenu;
import javax.swing.KeyStroke;

/**
 * Which tiles are selected: click selects one, Ctrl+click toggles, Shift+click takes a range,
 * right-click opens the actions; the arrow keys move the selection through the grid.
 */
final class TileSelection {

    private final BenchPanel bench;
    private final JPopupMenu popup;
    private final Consumer<List<SlotTile>> onChange;
    private final Set<String> selected = new LinkedHashSet<>();
    private String anchor;

    TileSelection(BenchPanel bench, JPopupMenu popup, Consumer<List<SlotTile>> onChange) {
        this.bench = bench;
        this.popup = popup;
        this.onChange = onChange;
    }

    /**
     * Every line of the tile listens too: a label with a tooltip or a text area takes the mouse
     * events itself, and they would never reach the tile.
     */
    TileView attach(TileView view, String key) {
        MouseAdapter clicks = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                bench.focusGrid();
                if (e.isPopupTrigger()) {
                    openPopup(e, key);
                } else if ((e.getModifiersEx() & InputEvent.SHIFT_DOWN_MASK) != 0 && anchor != null) {
                    range(anchor, key);
                } else if ((e.getModifiersEx() & InputEvent.CTRL_DOWN_MASK) != 0) {
                    toggle(key);
                } else {
                    set(Set.of(key), key);
                }
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                if (e.isPopupTrigger()) {
                    openPopup(e, key);
                }
            }
        };
        listen(view, clicks);
        return view;
    }

    private static void listen(Component component, MouseAdapter clicks) {
        component.addMouseListener(clicks);
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                listen(child, clicks);
            }
        }
    }

    void bindKeys(JComponent grid) {
        bindMove(grid, KeyEvent.VK_LEFT, -1, false);
        bindMove(grid, KeyEvent.VK_RIGHT, 1, false);
        bindMove(grid, KeyEvent.VK_UP, -1, true);
        bindMove(grid, KeyEvent.VK_DOWN, 1, true);
        // the keyboard's way to the menu a right-click opens, as on every desktop
        grid.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_F10, InputEvent.SHIFT_DOWN_MASK), "tile-menu");
        grid.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_CONTEXT_MENU, 0), "tile-menu");
        grid.getActionMap().put("tile-menu", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                openPopupOnKeyboardTile();
            }
        });
    }

    /** Opens the tile menu on the tile the keyboard is on, or the first tile when it is on none. */
    private void openPopupOnKeyboardTile() {
        List<String> order = BenchPanel.orderedKeys(bench.shown());
        if (order.isEmpty()) {
            return;
        }
        String key = anchor != null && order.contains(anchor) ? anchor : order.get(0);
        if (!selected.contains(key)) {
            set(Set.of(key), key);
        }
        TileView view = bench.viewOf(key);
        view.scrollRectToVisible(new Rectangle(view.getSize()));
        popup.show(view, view.getWidth() / 4, view.getHeight() / 3);
    }

    Optional<String> anchor() {
        return Optional.ofNullable(anchor);
    }

    boolean contains(String key) {
        return selected.contains(key);
    }

    void retain(Set<String> present) {
        if (selected.retainAll(present)) {
            onChange.accept(bench.selected());
        }
    }

    void set(Set<String> keys, String newAnchor) {
        selected.clear();
        selected.addAll(keys);
        anchor = newAnchor;
        changed();
    }

    private void toggle(String key) {
        if (!selected.remove(key)) {
            selected.add(key);
        }
        anchor = key;
        changed();
    }

    private void range(String from, String to) {
        List<String> order = BenchPanel.orderedKeys(bench.shown());
        int a = order.indexOf(from);
        int b = order.indexOf(to);
        selected.clear();
        selected.addAll(order.subList(Math.min(a, b), Math.max(a, b) + 1));
        changed();
    }

    private void openPopup(MouseEvent e, String key) {
        if (!selected.contains(key)) {
            set(Set.of(key), key);
        }
        popup.show(e.getComponent(), e.getX(), e.getY());
    }

    private void bindMove(JComponent grid, int keyCode, int step, boolean byRow) {
        String name = "move-" + keyCode;
        grid.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(keyCode, 0), name);
        grid.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                List<String> order = BenchPanel.orderedKeys(bench.shown());
                if (order.isEmpty()) {
                    return;
                }
                int from = anchor == null ? -1 : order.indexOf(anchor);
                int next = from < 0 ? 0 : from + step * (byRow ? bench.columns() : 1);
                if (next >= 0 && next < order.size()) {
                    set(Set.of(order.get(next)), order.get(next));
                }
            }
        });
    }

    private void changed() {
        bench.refreshSelection();
        onChange.accept(bench.selected());
    }
}
