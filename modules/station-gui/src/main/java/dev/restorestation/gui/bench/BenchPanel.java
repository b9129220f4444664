package dev.restorestation.gui.bench;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.gui.UiThread;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.CardLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import net.miginfocom.swing.MigLayout;

/** The bench: one tile per occupied slot, in slot order, wrapping to the window's width. */
public final class BenchPanel extends JPanel {

    static final int TILE_WIDTH = 232;
    static final int TILE_HEIGHT = 150;
    private static final int GAP = 10;
    private static final String EMPTY = "empty";
    private static final String GRID = "grid";

    private final JPanel grid = new JPanel();
    private final JScrollPane scroller = new JScrollPane(grid);
    private final Map<String, DeviceTile> tiles = new HashMap<>();
    private final CardLayout cards = new CardLayout();
    private BenchSnapshot shown;
    private int columns = -1;

    public BenchPanel(boolean demo) {
        setName("bench");
        setLayout(cards);
        grid.setName("bench-grid");
        scroller.putClientProperty("FlatLaf.style", "border: 0,0,0,0");
        scroller.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroller.getVerticalScrollBar().setUnitIncrement(24);
        add(new EmptyBench(demo), EMPTY);
        add(scroller, GRID);
        scroller.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                relayout(false);
            }
        });
        updateColours();
    }

    /** Shows a new bench; tiles of slots still present are updated in place. */
    public void apply(BenchSnapshot bench) {
        UiThread.requireEdt();
        shown = bench;
        Set<String> present = new HashSet<>();
        for (DeviceSnapshot device : bench.devices()) {
            String key = device.slot().portPath();
            present.add(key);
            tiles.computeIfAbsent(key, k -> new DeviceTile()).show(device);
        }
        tiles.keySet().retainAll(present);
        relayout(true);
        cards.show(this, bench.devices().isEmpty() ? EMPTY : GRID);
    }

    public int tileCount() {
        return tiles.size();
    }

    private void relayout(boolean contentChanged) {
        if (shown == null) {
            return;
        }
        int width = Math.max(scroller.getViewport().getWidth(), TILE_WIDTH + 2 * GAP);
        int fit = Math.max(1, (width - GAP) / (TILE_WIDTH + GAP));
        if (!contentChanged && fit == columns) {
            return;
        }
        columns = fit;
        grid.removeAll();
        grid.setLayout(new MigLayout("insets " + GAP + ", gap " + GAP + ", wrap " + columns));
        for (DeviceSnapshot device : shown.devices()) {
            grid.add(tiles.get(device.slot().portPath()), "w " + TILE_WIDTH + "!, h " + TILE_HEIGHT + "!");
        }
        grid.revalidate();
        grid.repaint();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (scroller != null) {
            updateColours();
        }
    }

    private void updateColours() {
        grid.setBackground(StationTheme.color("Station.bench.background"));
        scroller.getViewport().setBackground(StationTheme.color("Station.bench.background"));
    }
}
