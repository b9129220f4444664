package dev.restorestation.gui.bench;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.WrappedText;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The side panel: for one failed tile, what the error means and every fix in order with this
 * shop's evidence, each with a box to tick once applied; then retry.
 */
public final class FixesPanel extends JPanel {

    private final WrappedText hubWarning = new WrappedText("");
    private final WrappedText title = new WrappedText("");
    private final WrappedText meaning = new WrappedText("");
    private final WrappedText escalation = new WrappedText("");
    private final JPanel fixes = new JPanel(new MigLayout("insets 0, wrap 2, gap 4 6", "[][0::,grow,fill]"));
    private final JButton retry;
    private final Action guideDfu;
    private final BiConsumer<String, List<String>> onMarked;
    private final Map<String, JCheckBox> boxes = new LinkedHashMap<>();
    private String slotKey;

    /** The fix that puts a device in DFU mode. */
    static final String ENTER_DFU = "enter-dfu";

    /**
     * @param guideAction "Guide into DFU…", offered beside the fix that puts the device in DFU mode
     * @param onMarked    told the slot and the ticked fix ids after every tick
     */
    public FixesPanel(Action retryAction, Action guideAction, BiConsumer<String, List<String>> onMarked) {
        super(new MigLayout("insets 12, wrap, gap 0 8, hidemode 3", "[260:300:,grow,fill]", "[][][][][][]push"));
        this.onMarked = onMarked;
        this.guideDfu = guideAction;
        setName("fixes-panel");
        title.setName("fixes-title");
        title.putClientProperty("FlatLaf.style", "font: $h3.font; foreground: $Label.foreground");
        escalation.putClientProperty("FlatLaf.style", "foreground: $Station.text.failed; font: bold $Label.font");
        retry = new JButton(retryAction);
        retry.setName("retry-with-fixes");
        hubWarning.setName("fixes-hub-warning");
        hubWarning.putClientProperty("FlatLaf.style", "foreground: $Station.tile.attention; font: bold $Label.font");
        hubWarning.setVisible(false);
        add(hubWarning);
        add(title);
        add(meaning);
        add(escalation);
        add(fixes);
        add(retry);
        showNothing();
    }

    /** Shows what the selected slot's place in the hub tree is warned with above the fixes; null for nothing. */
    public void hubWarning(String advice) {
        hubWarning.setText(advice == null ? "" : "⚠ " + advice);
        hubWarning.setVisible(advice != null);
    }

    /** Shows the advice of one failed tile, keeping the boxes it had ticked. */
    public void show(SlotTile tile) {
        if (!(tile.job() instanceof JobState.Failed failed)) {
            showNothing();
            return;
        }
        Advice advice = failed.advice();
        slotKey = tile.key();
        title.setText(Texts.text("tile.slot", tile.slot().label()) + " · " + TileText.headline(failed.diagnosis()));
        meaning.setText(advice.meaning() + (advice.known() ? "" : " " + Texts.text("fixes.general",
                Texts.text("category." + advice.category().id()))));
        escalation.setText(advice.escalation());
        escalation.setVisible(!advice.escalation().isEmpty());
        fixes.removeAll();
        boxes.clear();
        int number = 1;
        for (Fix fix : advice.fixes()) {
            JCheckBox box = new JCheckBox("", tile.fixesMarked().contains(fix.id()));
            box.setName("fix-" + fix.id());
            box.addActionListener(e -> onMarked.accept(slotKey, marked()));
            WrappedText text = new WrappedText(label(number++, fix));
            text.putClientProperty("FlatLaf.style", "font: $Label.font");
            text.addMouseListener(new MouseAdapter() {
                @Override
                public void mouseClicked(MouseEvent e) {
                    box.doClick();
                }
            });
            boxes.put(fix.id(), box);
            fixes.add(box, "aligny top");
            fixes.add(text, "w 0::");
            if (fix.id().equals(ENTER_DFU)) {
                JButton guide = new JButton(guideDfu);
                guide.setName("fix-guide-dfu");
                fixes.add(guide, "skip, growx 0, left");
            }
        }
        fixes.setVisible(true);
        retry.setVisible(true);
        revalidate();
        repaint();
    }

    public void showNothing() {
        slotKey = null;
        title.setText(Texts.text("fixes.title"));
        meaning.setText(Texts.text("fixes.hint"));
        escalation.setVisible(false);
        fixes.removeAll();
        fixes.setVisible(false);
        retry.setVisible(false);
        revalidate();
        repaint();
    }

    /** Puts the keyboard on the first fix, so Space ticks it. */
    public void focusFirstFix() {
        boxes.values().stream().findFirst().ifPresent(JCheckBox::requestFocusInWindow);
    }

    List<String> marked() {
        List<String> ids = new ArrayList<>();
        boxes.forEach((id, box) -> {
            if (box.isSelected()) {
                ids.add(id);
            }
        });
        return ids;
    }

    static String label(int number, Fix fix) {
        StringBuilder text = new StringBuilder().append(number).append(". ").append(fix.text());
        // a knowledge base's erase fixes say so in their own words; only one that does not gets the warning added
        if (fix.destructive() && !fix.text().toLowerCase(Locale.ROOT).contains(Texts.text("fixes.erases.stem"))) {
            text.append(" ").append(Texts.text("fixes.erases"));
        }
        if (!fix.evidence().isEmpty()) {
            text.append(" — ").append(fix.evidence());
        }
        return text.toString();
    }
}
