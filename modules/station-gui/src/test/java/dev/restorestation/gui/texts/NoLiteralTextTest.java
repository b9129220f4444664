package dev.restorestation.gui.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No Swing component of the window is handed a literal word: what a technician reads comes from the
 * bundle. The scan reads the arguments of every call that puts text on screen; only non-words
 * (punctuation, digits, escapes, HTML markup) and the few literals below, each with its reason, may appear there.
 */
class NoLiteralTextTest {

    /** Calls whose arguments end up on screen: Swing's own and the window's helpers that pass text on to them. */
    static final Pattern SHOWS_TEXT = Pattern.compile("\\b(?:setText|setToolTipText|setTitle|setDialogTitle"
            + "|setFullText|setNoDataMessage|createTitledBorder|showNotice|showStatus|showProgress|showPaused|showFailed"
            + "|scanOutcome|refuse|say|heading|caption|small"
            + "|notice\\.accept|say\\.accept|onMessage\\.accept|onRefused\\.accept"
            + "|JOptionPane\\.show\\w+|Column\\.text|putClientProperty(?=\\(\\s*\"JTextField\\.placeholderText\")"
            + "|super(?=\\(\\s*owner\\s*,)"
            + "|new (?:JLabel|JButton|JMenu|JMenuItem|JCheckBox|JRadioButton|JToggleButton|JTextArea|WrappedText"
            + "|AbstractAction|JDialog|JobRow|Rejected|Line|NumberAxis|TrayIcon|FileNameExtensionFilter|Column<>))\\s*\\(");

    /** Literals with letters that may still be shown, and why. */
    static final Map<String, String> ALLOWED = Map.of(
            "PDF (*.pdf)", "a file type's name, the same in every language",
            "CSV (*.csv)", "a file type's name, the same in every language",
            "pdf", "a file extension",
            "csv", "a file extension",
            "ipsw", "a file extension");

    /** Escapes, HTML tags and entities are not words. */
    private static final Pattern NOT_WORDS = Pattern.compile("\\\\.|<[^>]*>|&\\w+;");

    @Test
    void noComponentIsGivenALiteralWord() {
        List<String> breaches = new ArrayList<>();
        MainSources.read().forEach((file, code) -> breaches.addAll(breaches(file, code)));
        assertThat(breaches).isEmpty();
    }

    @Test
    void aPlantedLiteralIsFoundInEveryKindOfCall() {
        String planted = """
                label.setText("Ready");
                button.setToolTipText(busy ? Texts.text("bench.busy") : "Start the restore");
                add(new JButton("Save"));
                new JLabel(Texts.text("tile.slot", "4"));
                field.putClientProperty("JTextField.placeholderText", "Scan ticket");
                JOptionPane.showMessageDialog(parent, message, "Restore Station", JOptionPane.ERROR_MESSAGE);
                notice.accept("Slot " + slot + " is free");
                new JLabel("  ·  ");
                new JLabel("<html>" + text.replace("&", "&amp;") + "</html>\\n");
                chooser.setFileFilter(new FileNameExtensionFilter("PDF (*.pdf)", "pdf"));
                """;
        assertThat(breaches("Planted.java", planted)).containsExactly(
                "Planted.java:1: \"Ready\"", "Planted.java:2: \"Start the restore\"", "Planted.java:3: \"Save\"",
                "Planted.java:5: \"Scan ticket\"", "Planted.java:6: \"Restore Station\"", "Planted.java:7: \"Slot \"",
                "Planted.java:7: \" is free\"");
    }

    static List<String> breaches(String file, String code) {
        List<String> breaches = new ArrayList<>();
        Matcher call = SHOWS_TEXT.matcher(code);
        while (call.find()) {
            int open = call.end() - 1;
            String arguments = withoutTextLookUps(code.substring(open + 1, closing(code, open)))
                    .replace("\"JTextField.placeholderText\"", "");
            for (String literal : MainSources.literals(arguments)) {
                boolean words = NOT_WORDS.matcher(literal).replaceAll("").chars().anyMatch(Character::isLetter);
                if (words && !ALLOWED.containsKey(literal)) {
                    int line = (int) code.substring(0, open).chars().filter(c -> c == '\n').count() + 1;
                    breaches.add(file + ":" + line + ": \"" + literal + "\"");
                }
            }
        }
        return breaches;
    }

    /** The arguments without {@code Texts.text(...)}: its key and arguments are not shown as they are written. */
    static String withoutTextLookUps(String arguments) {
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < arguments.length()) {
            int lookUp = arguments.indexOf("Texts.text(", i);
            if (lookUp < 0) {
                kept.append(arguments, i, arguments.length());
                break;
            }
            kept.append(arguments, i, lookUp);
            i = closing(arguments, lookUp + "Texts.text".length()) + 1;
        }
        return kept.toString();
    }

    /** The index of the parenthesis that closes the one at {@code open}, skipping literals. */
    static int closing(String code, int open) {
        int depth = 0;
        int i = open;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = MainSources.literalEnd(code, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        return code.length();
    }
}
