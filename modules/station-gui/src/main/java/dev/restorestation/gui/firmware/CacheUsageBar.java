package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.CacheUsage;
import dev.restorestation.core.text.SizeText;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiThread;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import net.miginfocom.swing.MigLayout;

/** The cache's disk use against its cap, as a bar and in words. */
final class CacheUsageBar extends JPanel {

    private final JProgressBar bar = new JProgressBar(0, 1000);
    private final JLabel text = new JLabel(Texts.text("cache.reading"));

    CacheUsageBar() {
        super(new MigLayout("insets 0, fillx", "[grow, fill]", "[]2[]"));
        setName("firmware-usage");
        bar.setName("firmware-usage-bar");
        text.setName("firmware-usage-text");
        text.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        add(bar, "wrap, hmax 8");
        add(text, "wmin 0");
    }

    void show(CacheUsage usage) {
        UiThread.requireEdt();
        bar.setValue((int) Math.round(Math.min(1, usage.ofCap()) * 1000));
        bar.setVisible(usage.capBytes() > 0);
        bar.putClientProperty("FlatLaf.style", usage.overCap() ? "foreground: $Station.text.failed" : null);
        String words = describe(usage);
        text.setText(words);
        text.setToolTipText(usage.folder());
    }

    String text() {
        return text.getText();
    }

    static String describe(CacheUsage usage) {
        String used = SizeText.shown(usage.usedBytes());
        String free = Texts.text("cache.free", SizeText.shown(usage.freeBytes()));
        if (usage.capBytes() == 0) {
            return Texts.text("cache.noCap", used) + " · " + free;
        }
        String ofCap = Texts.text("cache.ofCap", used, SizeText.shown(usage.capBytes()));
        if (usage.overCap()) {
            return ofCap + " — " + Texts.text("cache.overCap") + " · " + free;
        }
        return ofCap + " (" + Texts.text("cache.percent", Math.round(usage.ofCap() * 100)) + ") · " + free;
    }
}
