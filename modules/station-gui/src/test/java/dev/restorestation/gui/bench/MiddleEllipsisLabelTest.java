package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

class MiddleEllipsisLabelTest {

    private final FontMetrics metrics = new JLabel().getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 12));

    @Test
    void aTextThatFitsIsLeftWhole() {
        assertThat(MiddleEllipsisLabel.fitted("R-1", metrics, 500)).isEqualTo("R-1");
    }

    @Test
    void aLongTicketLosesItsMiddleAndKeepsTheTailThatTellsTicketsApart() {
        String ticket = "REPAIR-2026-11-000123-B";
        int room = metrics.stringWidth("REPAIR-2026-1");

        String shown = MiddleEllipsisLabel.fitted(ticket, metrics, room);

        assertThat(metrics.stringWidth(shown)).isLessThanOrEqualTo(room);
        assertThat(shown).startsWith("REP").contains("…").endsWith("0123-B");
    }

    @Test
    void theLabelInFrontStaysWhole() {
        MiddleEllipsisLabel line = new MiddleEllipsisLabel();
        line.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        line.setFullText("Ticket ", "REPAIR-2026-11-000123-B");
        line.setBounds(0, 0, metrics.stringWidth("Ticket REPAIR-2026-1"), 20);

        assertThat(line.getText()).startsWith("Ticket REP").endsWith("0123-B");
    }
}
