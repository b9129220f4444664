package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.List;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.junit.jupiter.api.Test;

/** A tile sets its wrapped detail line every second: only a change may cost a document rebuild, and no caret follows it. */
class WrappedTextTest {

    @Test
    void theSameTextAgainLeavesTheDocumentAloneAndANewTextMovesNoCaret() throws Exception {
        List<String> changes = new ArrayList<>();
        int[] caret = new int[2];
        EventQueue.invokeAndWait(() -> {
            WrappedText text = new WrappedText("~4 min left · Sending filesystem");
            text.getDocument().addDocumentListener(new DocumentListener() {
                @Override
                public void insertUpdate(DocumentEvent e) {
                    changes.add("insert");
                }

                @Override
                public void removeUpdate(DocumentEvent e) {
                    changes.add("remove");
                }

                @Override
                public void changedUpdate(DocumentEvent e) {
                    changes.add("change");
                }
            });
            text.setText("~4 min left · Sending filesystem");
            caret[0] = changes.size();
            text.setText("~3 min left · Verifying restore");
            caret[1] = text.getCaretPosition();
        });

        assertThat(caret[0]).as("document changes for the same text").isZero();
        assertThat(changes).containsExactly("remove", "insert");
        assertThat(caret[1]).as("caret after new text set on the event thread").isZero();
    }

    @Test
    void noTextReadsAsEmpty() throws Exception {
        String[] read = new String[1];
        EventQueue.invokeAndWait(() -> {
            WrappedText text = new WrappedText("Update done");
            text.setText(null);
            read[0] = text.getText();
        });
        assertThat(read[0]).isEmpty();
    }
}
