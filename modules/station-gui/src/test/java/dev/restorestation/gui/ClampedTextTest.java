package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text in a place of fixed height shows whole lines only, the last ending in "…" when more would not fit. */
class ClampedTextTest {

    private static final String HINT = "Zuerst versuchen: neueste Version wiederherstellen, die Apple für dieses Modell"
            + " noch signiert";

    private final FontMetrics metrics = metrics();

    @Test
    void aTextLongerThanItsLinesEndsInAnEllipsisAndEveryLineFits() {
        String fitted = ClampedText.fitted(HINT, metrics, 150, 2);

        assertThat(fitted.lines()).hasSize(2).allSatisfy(line -> assertThat(metrics.stringWidth(line)).isLessThanOrEqualTo(150));
        assertThat(fitted).startsWith("Zuerst versuchen:").endsWith("…");
        assertThat(fitted.replace("\n", " ").replace("…", "")).isSubstringOf(HINT);
    }

    @Test
    void atEveryWidthTheTextAreaItselfLaysOutNoMoreLinesThanWereCounted() throws Exception {
        String spanish = "Pruebe primero: cambie a otro cable Apple o con certificación MFi y vuelva a intentarlo";
        List<Integer> overflowing = new ArrayList<>();
        for (int width = 120; width < 320; width++) {
            ClampedText text = new ClampedText();
            text.setFont(metrics.getFont());
            int lineHeight = text.getFontMetrics(text.getFont()).getHeight();
            text.setBounds(0, 0, width, lineHeight * 2 + lineHeight / 2);
            text.setText(spanish);
            // the lines the area's own wrapping makes of what it was given
            text.getUI().getRootView(text).setSize(width, 1000);
            int lastLineTop = text.modelToView2D(text.getDocument().getLength()).getBounds().y;
            if (lastLineTop / lineHeight + 1 > 2) {
                overflowing.add(width);
            }
        }
        assertThat(overflowing).as("widths where a third line would be cut through").isEmpty();
    }

    @Test
    void aTextThatFitsIsLeftAsItIs() {
        assertThat(ClampedText.fitted(HINT, metrics, 2000, 2)).isEqualTo(HINT);
        assertThat(ClampedText.fitted("Bereit", metrics, 150, 1)).isEqualTo("Bereit");
    }

    @Test
    void theComponentClampsToTheLinesItsHeightHoldsAndKeepsTheWholeText() {
        ClampedText text = new ClampedText();
        text.setFont(metrics.getFont());
        text.setText(HINT);
        text.setBounds(0, 0, 150, metrics.getHeight() * 2 + metrics.getHeight() / 2);

        assertThat(text.getText().lines()).hasSize(2);
        assertThat(text.getText()).endsWith("…");
        assertThat(text.fullText()).isEqualTo(HINT);

        text.setBounds(0, 0, 2000, metrics.getHeight() * 2);
        assertThat(text.getText()).isEqualTo(HINT);
    }

    private static FontMetrics metrics() {
        Graphics2D graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return graphics.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        } finally {
            graphics.dispose();
        }
    }
}
