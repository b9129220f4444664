package dev.restorestation.gui.bench;

import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.HubLayout;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.gui.ClampedText;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.Font;
import java.awt.Graphics;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** One slot of the bench, drawn from a {@link SlotTile}: texts ellipsize or wrap, never clip. */
final class TileView extends JPanel {

    /** Logical pixels: more than any tile is wide, so the tile, not the label, bounds the headline. */
    private static final int STATUS_WIDEST = 2000;

    private final JLabel slot = new JLabel();
    private final ModeBadge mode = new ModeBadge();
    private final JLabel model = new JLabel();
    private final JLabel ids = new JLabel();
    private final JLabel port = new JLabel();
    private final Supplier<HubLayout> layout;
    private boolean portWarned;
    private final MiddleEllipsisLabel ticket = new MiddleEllipsisLabel();
    private final JProgressBar progress = new JProgressBar(0, 1000);
    /** "Fehler 4013 · USB-Verbindung" where it fits, "4013 · USB-Verbindung" where it would be cut. */
    private final FittingLabel status = new FittingLabel(STATUS_WIDEST);
    private final JLabel clock = new JLabel();
    private final ClampedText detail = new ClampedText();
    private SlotTile shown;
    private boolean selected;

    /** @param layout the hub layout as the settings have it now, asked at each change of the tile */
    TileView(Supplier<HubLayout> layout) {
        super(new MigLayout("insets 8 14 8 8, gap 0 2, fillx, hidemode 3", "[0::,grow,fill][]"));
        this.layout = layout;
        setOpaque(false);
        slot.setFont(slot.getFont().deriveFont(Font.BOLD));
        model.putClientProperty("FlatLaf.styleClass", "h3");
        ids.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        progress.putClientProperty("JProgressBar.largeHeight", false);
        detail.setRows(2);
        add(slot, "w 0::");
        // sized 0 when hidden but still in the grid: hidemode 3 would drop its wrap and pull the next line up beside the slot
        add(mode, "aligny top, wrap, hidemode 2");
        add(model, "span, w 0::, wrap");
        add(ids, "span, w 0::, wrap");
        port.setName("tile-port");
        add(port, "span, w 0::, wrap");
        ticket.setName("tile-ticket");
        add(ticket, "span, w 0::, wrap");
        add(progress, "span, h 6!, gaptop 3, gapbottom 2, wrap");
        clock.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        // the step text gives way, the elapsed time stays whole; hidemode 2 keeps the wrap of a hidden clock
        status.setName("tile-status");
        add(status, "span, split 2, w 0::, growx");
        clock.setName("tile-clock");
        add(clock, "gapleft 6, wrap, hidemode 2");
        detail.setName("tile-detail");
        // the rest of the tile's height: as many whole lines as fit, the last ending in "…" (the fixes panel has them all)
        add(detail, "span, w 0::, h 0::, grow, push");
    }

    /**
     * A tile has a fixed size, so a change of its text never moves its neighbours: laying out
     * stops here instead of re-laying the whole bench, which matters at 64 tiles × 10 updates/s.
     */
    @Override
    public boolean isValidateRoot() {
        return true;
    }

    void show(SlotTile tile, boolean isSelected, Instant now) {
        if (tile.equals(shown) && isSelected == selected) {
            return;
        }
        boolean stateChanged = shown == null || isSelected != selected || !sameLook(shown, tile);
        shown = tile;
        selected = isSelected;
        setName("tile-" + tile.slot().label());
        slot.setText(Texts.text("tile.slot", tile.slot().label()));
        DeviceSnapshot device = tile.device();
        mode.setVisible(device != null);
        if (device != null) {
            mode.show(device.mode());
            model.setText(TileText.deviceName(device));
            String type = device.productType() != null ? device.productType() : Texts.text("tile.model.unknown");
            ids.setText(type + " · " + (device.ecid() != null ? Texts.text("tile.ecid", device.ecid().shortForm())
                    : Texts.text("tile.ecid.unknown")));
            ids.setToolTipText(device.ecid() != null ? Texts.text("tile.ecid", device.ecid().hex()) : null);
            Optional<PortWarning> warning = PortWarning.of(layout.get(), device);
            port.setText(TileText.port(device, warning));
            port.setToolTipText(warning.map(PortWarning::advice).orElse(PortWarning.speed(device)));
            portWarned = warning.isPresent();
        } else {
            model.setText(Texts.text("tile.empty"));
            ids.setText(" ");
            port.setText(" ");
            port.setToolTipText(null);
            portWarned = false;
        }
        ticket.setFullText(tile.ticket() != null || device != null ? Texts.text("tile.ticket") + " " : " ",
                tile.ticket() != null ? tile.ticket().id() : device != null ? "—" : "");
        ticket.setToolTipText(tile.ticket() == null ? null
                : tile.note() == null ? tile.ticket().id() : Texts.text("tile.ticket.tip", tile.ticket().id(), tile.note()));
        showProgress(tile);
        showStatus(now);
        colour();
        if (stateChanged) {
            repaint();
        }
    }

    /** Whether the card itself (colours, stripe) looks different, not just its texts. */
    private static boolean sameLook(SlotTile before, SlotTile after) {
        return before.job().getClass() == after.job().getClass() && before.present() == after.present()
                && (before.device() == null || after.device() == null
                        || Objects.equals(before.device().problem(), after.device().problem()));
    }

    /** Refreshes only the elapsed time of a running job, once a second. */
    void tick(Instant now) {
        if (shown != null && shown.job().active()) {
            showStatus(now);
        }
    }

    private void showStatus(Instant now) {
        String whole = TileText.status(shown, now);
        if (shown.job() instanceof JobState.Running running) {
            status.show(TileText.progress(running.update()));
            status.setToolTipText(whole);
            clock.setText(TileText.elapsed(Duration.between(running.startedAt(), now)));
            clock.setVisible(!running.queued());
        } else {
            status.show(whole, TileText.shortStatus(shown).orElse(whole));
            clock.setVisible(false);
        }
        // the time left on a line of its own: beside the step it would push out the percent
        String below = TileText.detail(shown);
        String left = shown.job() instanceof JobState.Running running ? TileText.left(running, now).orElse("") : "";
        detail.setText(left.isEmpty() ? below : below.isEmpty() ? left : left + " · " + below);
        detail.setVisible(!detail.getText().isEmpty());
    }

    SlotTile shown() {
        return shown;
    }

    private void showProgress(SlotTile tile) {
        if (tile.job() instanceof JobState.Running running) {
            progress.setVisible(true);
            double fraction = running.update().fraction();
            // waiting in the queue is not progress: an empty bar, not a moving one
            progress.setIndeterminate(fraction < 0 && running.update().phase() != RestorePhase.QUEUED);
            progress.setValue((int) Math.round(Math.max(0, fraction) * 1000));
        } else {
            progress.setVisible(false);
        }
    }

    private void colour() {
        JobState job = shown.job();
        boolean failed = job instanceof JobState.Failed;
        boolean succeeded = job instanceof JobState.Succeeded;
        status.setFont(status.getFont().deriveFont(failed ? Font.BOLD : Font.PLAIN));
        status.setForeground(StationTheme.color(failed ? "Station.text.failed"
                : succeeded ? "Station.text.succeeded"
                : needsAttention() ? "Station.text.attention" : "Station.text.secondary"));
        model.setForeground(StationTheme.color(shown.present() ? "Label.foreground" : "Station.text.secondary"));
        port.setForeground(StationTheme.color(portWarned ? "Station.tile.attention" : "Station.text.secondary"));
    }

    private boolean needsAttention() {
        return shown.job() instanceof JobState.NotStarted || !shown.present()
                || (shown.device() != null && shown.device().problem() != null);
    }

    private String stripeKey() {
        JobState job = shown.job();
        if (job instanceof JobState.Running) {
            return "Station.tile.running";
        }
        if (job instanceof JobState.Succeeded) {
            return "Station.tile.succeeded";
        }
        if (job instanceof JobState.Failed) {
            return "Station.tile.failed";
        }
        return needsAttention() ? "Station.tile.attention" : "Station.tile.idle";
    }

    private String backgroundKey() {
        JobState job = shown.job();
        if (job instanceof JobState.Failed) {
            return "Station.tile.failedBackground";
        }
        if (job instanceof JobState.Succeeded) {
            return "Station.tile.succeededBackground";
        }
        return shown.present() ? "Station.tile.background" : "Station.tile.emptyBackground";
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (shown != null) {
            colour();
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (shown == null) {
            return;
        }
        String border = selected ? "Station.tile.selected" : "Station.tile.border";
        g.drawImage(TileBackground.of(new TileBackground.Look(getWidth(), getHeight(),
                StationTheme.color(backgroundKey()), StationTheme.color(border), StationTheme.color(stripeKey()),
                selected, UIManager.getInt("Station.tile.arc"), UIManager.getInt("Station.tile.stripeWidth"))),
                0, 0, null);
        super.paintComponent(g);
    }
}
