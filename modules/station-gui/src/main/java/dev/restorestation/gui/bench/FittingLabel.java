package dev.restorestation.gui.bench;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.util.List;

/**
 * A one-line label with a text in several forms, longest first: it shows the longest that fits,
 * the whole text in its tooltip. "R-10482 → Steckplatz 12 · nächster Scan: Steckplatz 3" where
 * there is room, "R-10482 → 12" where there is not; only the shortest form is ever cut.
 */
final class FittingLabel extends WidthFittedLabel {

    private final int widest;
    private List<String> forms = List.of("");

    /** @param widest logical pixels the label asks for at most, so a long text cannot squeeze its neighbours */
    FittingLabel(int widest) {
        this.widest = widest;
    }

    /** Shows the first of {@code forms} that fits; the first is the whole text. */
    void show(String... forms) {
        this.forms = List.of(forms);
        setToolTipText(forms[0].isEmpty() ? null : forms[0]);
        fit();
    }

    /** Asks for the whole text's width, not the shown form's, so the label widens again when room comes. */
    @Override
    public Dimension getPreferredSize() {
        Dimension preferred = super.getPreferredSize();
        Insets insets = getInsets();
        int whole = getFontMetrics(getFont()).stringWidth(forms.get(0)) + insets.left + insets.right;
        return new Dimension(Math.min(whole, UIScale.scale(widest)), preferred.height);
    }

    @Override
    String textFor(int room, FontMetrics metrics) {
        return forms.stream().filter(form -> room <= 0 || metrics.stringWidth(form) <= room).findFirst()
                .orElse(forms.get(forms.size() - 1));
    }
}
