package dev.restorestation.gui.bench;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;

/** The coloured DFU / Recovery / Restore / Normal label in a tile's corner. */
final class ModeBadge extends JLabel {

    private DeviceMode mode = DeviceMode.UNKNOWN;

    ModeBadge() {
        setBorder(BorderFactory.createEmptyBorder(1, 6, 1, 6));
        putClientProperty("FlatLaf.styleClass", "small");
        setOpaque(false);
    }

    void show(DeviceMode newMode) {
        mode = newMode;
        String name = Texts.text("mode." + newMode.name());
        setText(name);
        setToolTipText(Texts.text("mode." + newMode.name() + ".long"));
        updateColours();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (mode != null) {
            updateColours();
        }
    }

    private void updateColours() {
        setForeground(StationTheme.color("Station.badge.foreground"));
        setBackground(StationTheme.color("Station.badge." + mode.name().toLowerCase(Locale.ROOT)));
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(getBackground());
        g2.fillRoundRect(0, 0, getWidth(), getHeight(), 6, 6);
        g2.dispose();
        super.paintComponent(g);
    }
}
