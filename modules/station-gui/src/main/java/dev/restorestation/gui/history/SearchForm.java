package dev.restorestation.gui.history;

import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Search by ticket, ECID or date. The ticket field takes a barcode scanner's input: a scanner
 * types the code and Enter, which searches at once. Bad input is explained under the field and
 * the field keeps what was typed.
 */
final class SearchForm extends JPanel {

    private final JComboBox<HistoryQuery.Kind> kind = new JComboBox<>(HistoryQuery.Kind.values());
    private final JTextField text = new JTextField(22);
    private final JButton search = new JButton(Texts.text("history.search"));
    private final JLabel problem = new JLabel();

    SearchForm(Consumer<HistoryQuery> onSearch) {
        super(new MigLayout("insets 0, hidemode 3", "[][fill][]", "[][]"));
        setName("history-search");
        kind.setName("history-kind");
        text.setName("history-text");
        search.setName("history-search-button");
        problem.setName("history-problem");
        problem.putClientProperty("FlatLaf.style", "foreground: $Station.text.failed");
        problem.setVisible(false);
        search.setMnemonic('S');
        add(kind);
        add(text, "w 160:300:420");
        add(search, "wrap");
        add(problem, "skip 1, span 2, wmin 0");

        kind.addActionListener(e -> kindChanged());
        Runnable submit = () -> {
            try {
                HistoryQuery query = query();
                problem.setVisible(false);
                onSearch.accept(query);
            } catch (IllegalArgumentException e) {
                problem.setText(UiTask.describe(e));
                problem.setVisible(true);
                text.requestFocusInWindow();
            }
        };
        search.addActionListener(e -> submit.run());
        text.addActionListener(e -> submit.run());
        kindChanged();
    }

    /** What the form says now. */
    HistoryQuery query() {
        return HistoryQuery.parse((HistoryQuery.Kind) kind.getSelectedItem(), text.getText());
    }

    /** Shows {@code query} in the form, as if the technician had typed it. */
    void show(HistoryQuery query) {
        kind.setSelectedItem(query.kind());
        text.setText(query.text());
        problem.setVisible(false);
    }

    String problem() {
        return problem.isVisible() ? problem.getText() : "";
    }

    JTextField field() {
        return text;
    }

    JComboBox<HistoryQuery.Kind> kindChoice() {
        return kind;
    }

    private void kindChanged() {
        HistoryQuery.Kind chosen = (HistoryQuery.Kind) kind.getSelectedItem();
        text.setEnabled(chosen != HistoryQuery.Kind.ALL);
        text.putClientProperty("JTextField.placeholderText",
                chosen == HistoryQuery.Kind.ALL ? "" : Texts.text("history.placeholder." + chosen.name()));
        text.repaint();
    }
}
