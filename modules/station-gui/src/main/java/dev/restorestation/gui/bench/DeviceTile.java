package dev.restorestation.gui.bench;

import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** One slot of the bench: slot label, mode, model, ids, ticket and state, from one snapshot. */
final class DeviceTile extends JPanel {

    private final JLabel slot = new JLabel();
    private final ModeBadge mode = new ModeBadge();
    private final JLabel model = new JLabel();
    private final JLabel ids = new JLabel();
    private final JLabel ticket = new JLabel();
    private final JLabel state = new JLabel();
    private DeviceSnapshot shown;

    DeviceTile() {
        super(new MigLayout("insets 8 14 8 8, gap 0 2, fillx", "[0::,grow,fill][]", "[][][][][]"));
        setOpaque(false);
        slot.setFont(slot.getFont().deriveFont(Font.BOLD));
        model.putClientProperty("FlatLaf.styleClass", "h3");
        add(slot, "wmin 0");
        add(mode, "aligny top, wrap");
        add(model, "span, wmin 0, wrap");
        add(ids, "span, wmin 0, wrap");
        add(ticket, "span, wmin 0, wrap");
        add(state, "span, wmin 0");
    }

    void show(DeviceSnapshot device) {
        shown = device;
        setName("tile-" + device.slot().label());
        slot.setText("Slot " + device.slot().label());
        mode.show(device.mode());
        model.setText(device.name());
        model.setToolTipText(device.name());
        String type = device.productType() != null ? device.productType() : "unknown model";
        String ecid = device.ecid() != null ? "ECID " + device.ecid().shortForm() : "ECID unknown";
        ids.setText(type + " · " + ecid);
        ids.setToolTipText(device.ecid() != null ? "ECID " + device.ecid().hex() : null);
        ticket.setText("Ticket —");
        state.setText(device.problem() != null ? device.problem() : "Ready");
        state.setToolTipText(device.problem());
        updateColours();
    }

    DeviceSnapshot shown() {
        return shown;
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (ids != null) {
            updateColours();
        }
    }

    private void updateColours() {
        Color secondary = StationTheme.color("Station.text.secondary");
        ids.setForeground(secondary);
        ticket.setForeground(UIManager.getColor("Label.foreground"));
        state.setForeground(shown != null && shown.problem() != null
                ? StationTheme.color("Station.tile.attention") : secondary);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int arc = UIManager.getInt("Station.tile.arc");
        int stripe = UIManager.getInt("Station.tile.stripeWidth");
        g2.setColor(StationTheme.color("Station.tile.background"));
        g2.fillRoundRect(0, 0, getWidth() - 1, getHeight() - 1, arc, arc);
        g2.setColor(StationTheme.color("Station.tile.border"));
        g2.drawRoundRect(0, 0, getWidth() - 1, getHeight() - 1, arc, arc);
        g2.setColor(StationTheme.color(shown != null && shown.problem() != null
                ? "Station.tile.attention" : "Station.tile.idle"));
        g2.fillRoundRect(0, 0, stripe + arc / 2, getHeight(), arc, arc);
        g2.setColor(StationTheme.color("Station.tile.background"));
        g2.fillRect(stripe, 1, arc / 2, getHeight() - 2);
        g2.dispose();
        super.paintComponent(g);
    }
}
