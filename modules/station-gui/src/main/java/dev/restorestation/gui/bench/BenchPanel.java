package dev.restorestation.gui.bench;

import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.core.device.HubLayout;
import dev.restorestation.gui.UiThread;
import java.awt.CardLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/** The bench: one tile per slot, in slot order, wrapping to the window's width; tiles can be selected. */
public final class BenchPanel extends JPanel {

    /** Logical sizes, scaled with the user interface (FlatLaf's uiScale, e.g. 2× on a 4K screen); tiles grow wider to fill a row. */
    static final int TILE_WIDTH = 236;
    static final int TILE_HEIGHT = 172;
    private static final int GAP = 10;
    private static final String EMPTY = "empty";
    private static final String GRID = "grid";
    private static final String NOTHING_SHOWN = "nothing shown";

    private final JPanel grid = new JPanel();
    private final JScrollPane scroller = new JScrollPane(grid);
    private final Map<String, TileView> views = new HashMap<>();
    private final CardLayout cards = new CardLayout();
    private final NothingShown nothingShown;
    private final TileSelection selection;
    private final Timer clock = new Timer(1000, e -> tick());
    private List<SlotTile> shown = List.of();
    private int columns = -1;
    private int tileWidth = -1;
    private HubLayout layout = new HubLayout(HubLayout.DEFAULT_MAX_HUBS);

    /** How deep a slot may sit behind hubs before its tile warns; set from the settings. */
    void layout(HubLayout newLayout) {
        layout = newLayout;
    }

    /** @param showAll undoes the filter, from the bench its filter left empty */
    public BenchPanel(boolean demo, Consumer<List<SlotTile>> onSelection, JPopupMenu popup, Runnable showAll) {
        setName("bench");
        setLayout(cards);
        grid.setName("bench-grid");
        grid.setFocusable(true);
        grid.putClientProperty("FlatLaf.style", "background: $Station.bench.background");
        scroller.putClientProperty("FlatLaf.style", "border: 0,0,0,0");
        scroller.getViewport().putClientProperty("FlatLaf.style", "background: $Station.bench.background");
        scroller.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroller.getVerticalScrollBar().setUnitIncrement(24);
        selection = new TileSelection(this, popup, onSelection);
        add(new EmptyBench(demo), EMPTY);
        add(scroller, GRID);
        nothingShown = new NothingShown(showAll);
        add(nothingShown, NOTHING_SHOWN);
        scroller.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                relayout(false);
            }
        });
        selection.bindKeys(grid);
    }

    /** Shows the tiles; views of slots still present are updated in place. */
    public void show(List<SlotTile> tiles) {
        show(tiles, null);
    }

    /**
     * Shows the tiles a filter lets through; {@code hidden} says what it hid ("No failed tiles")
     * for when it hid them all, null when nothing is filtered.
     */
    void show(List<SlotTile> tiles, String hidden) {
        UiThread.requireEdt();
        boolean slotsChanged = !keys(tiles).equals(keys(shown));
        shown = List.copyOf(tiles);
        selection.retain(keys(tiles));
        Instant now = Instant.now();
        for (SlotTile tile : tiles) {
            TileView view = views.computeIfAbsent(tile.key(), key -> selection.attach(new TileView(() -> layout), key));
            view.show(tile, selection.contains(tile.key()), now);
        }
        views.keySet().retainAll(keys(tiles));
        relayout(slotsChanged);
        if (tiles.isEmpty() && hidden != null) {
            nothingShown.say(hidden);
        }
        cards.show(this, !tiles.isEmpty() ? GRID : hidden != null ? NOTHING_SHOWN : EMPTY);
        boolean anyRunning = tiles.stream().anyMatch(tile -> tile.job().active());
        if (anyRunning && !clock.isRunning()) {
            clock.start();
        } else if (!anyRunning) {
            clock.stop();
        }
    }

    public int tileCount() {
        return views.size();
    }

    /** The selected tiles, in slot order. */
    public List<SlotTile> selected() {
        return shown.stream().filter(tile -> selection.contains(tile.key())).toList();
    }

    /** The selected tile the keyboard is on, if any. */
    Optional<String> focused() {
        return selection.anchor().filter(selection::contains);
    }

    public void selectAll() {
        selection.set(keys(shown), null);
    }

    public void select(String key) {
        selection.set(Set.of(key), key);
    }

    TileView viewOf(String key) {
        return views.get(key);
    }

    List<SlotTile> shown() {
        return shown;
    }

    int columns() {
        return Math.max(columns, 1);
    }

    void refreshSelection() {
        Instant now = Instant.now();
        grid.repaint();
        for (SlotTile tile : shown) {
            views.get(tile.key()).show(tile, selection.contains(tile.key()), now);
        }
    }

    void focusGrid() {
        grid.requestFocusInWindow();
    }

    private void tick() {
        Instant now = Instant.now();
        views.values().forEach(view -> view.tick(now));
    }

    /** As many columns as tiles of the least width fit; the tiles then share the row's width. */
    private void relayout(boolean contentChanged) {
        int leastWidth = UIScale.scale(TILE_WIDTH);
        int gap = UIScale.scale(GAP);
        int width = Math.max(scroller.getViewport().getWidth(), leastWidth + 2 * gap);
        int fit = Math.max(1, (width - gap) / (leastWidth + gap));
        int shared = (width - gap) / fit - gap;
        if (!contentChanged && fit == columns && shared == tileWidth) {
            return;
        }
        columns = fit;
        tileWidth = shared;
        grid.removeAll();
        grid.setLayout(new MigLayout("insets " + GAP + "lp, gap " + GAP + "lp, wrap " + columns));
        for (SlotTile tile : shown) {
            grid.add(views.get(tile.key()), "w " + tileWidth + "px!, h " + TILE_HEIGHT + "lp!");
        }
        grid.revalidate();
        grid.repaint();
    }

    private static Set<String> keys(List<SlotTile> tiles) {
        Set<String> keys = new HashSet<>();
        for (SlotTile tile : tiles) {
            keys.add(tile.key());
        }
        return keys;
    }

    static List<String> orderedKeys(List<SlotTile> tiles) {
        List<String> keys = new ArrayList<>();
        tiles.forEach(tile -> keys.add(tile.key()));
        return keys;
    }
}
