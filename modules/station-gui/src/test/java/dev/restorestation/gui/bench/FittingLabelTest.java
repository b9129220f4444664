package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** No display needed: a label measures text without one. */
class FittingLabelTest {

    private static final String WHOLE = "R-10482 → Steckplatz 12 · nächster Scan: Steckplatz 3";
    private static final String SHORTER = "R-10482 → Steckplatz 12";
    private static final String SHORTEST = "R-10482 → 12";

    private final FittingLabel label = new FittingLabel(1000);

    @Test
    void showsTheLongestFormThatFitsAndTheWholeTextInItsTooltip() {
        label.show(WHOLE, SHORTER, SHORTEST);

        label.setBounds(0, 0, width(WHOLE), 20);
        assertThat(label.getText()).isEqualTo(WHOLE);
        label.setBounds(0, 0, width(WHOLE) - 1, 20);
        assertThat(label.getText()).isEqualTo(SHORTER);
        label.setBounds(0, 0, width(SHORTEST), 20);
        assertThat(label.getText()).isEqualTo(SHORTEST);
        label.setBounds(0, 0, width(SHORTEST) / 2, 20);
        assertThat(label.getText()).as("only the shortest form is ever cut").isEqualTo(SHORTEST);
        assertThat(label.getToolTipText()).isEqualTo(WHOLE);
    }

    @Test
    void asksForTheWholeTextsWidthEvenWhileShowingAShorterForm() {
        label.show(WHOLE, SHORTEST);
        label.setBounds(0, 0, width(SHORTEST), 20);

        assertThat(label.getPreferredSize().width).isEqualTo(width(WHOLE));
        FittingLabel capped = new FittingLabel(40);
        capped.show(WHOLE);
        assertThat(capped.getPreferredSize().width).as("capped").isEqualTo(40);
    }

    @Test
    void aNewTextIsFittedAtOnceAndAnEmptyOneHasNoTooltip() {
        label.setBounds(0, 0, width(SHORTER), 20);
        label.show(WHOLE, SHORTER);
        assertThat(label.getText()).isEqualTo(SHORTER);

        label.show("");
        assertThat(label.getText()).isEmpty();
        assertThat(label.getToolTipText()).isNull();
    }

    private int width(String text) {
        return label.getFontMetrics(label.getFont()).stringWidth(text) + label.getInsets().left + label.getInsets().right;
    }
}
