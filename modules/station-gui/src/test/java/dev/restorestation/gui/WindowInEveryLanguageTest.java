package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.gui.shell.Area;
import dev.restorestation.gui.shell.MainFrame;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import dev.restorestation.gui.theme.StationMenuItemUI;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window opened in Spanish and in German, every area visited: no text, tooltip, menu or column
 * shows the English words of a text the language has its own words for.
 */
class WindowInEveryLanguageTest extends AtTheBench {

    @AfterEach
    void backToTheSystemsLanguage() {
        StationLanguage.choose("");
    }

    @Test
    void theWindowSpeaksGerman() throws Exception {
        assertNoEnglishIn(Locale.GERMAN);
    }

    @Test
    void theWindowSpeaksSpanish() throws Exception {
        assertNoEnglishIn(Locale.forLanguageTag("es"));
    }

    @Test
    void anEnglishWindowWouldBeCaught() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(2));
        station.find("tile-1");
        Set<String> shown = Ui.onEdt(() -> textsOf(station.frame));
        assertThat(englishOnly(Locale.GERMAN)).containsAnyElementsOf(shown);
    }

    private void assertNoEnglishIn(Locale language) throws Exception {
        StationLanguage.choose(language.getLanguage());
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(3));
        station.find("tile-1");
        Set<String> shown = new TreeSet<>();
        for (Area area : Area.values()) {
            Ui.onEdt(() -> {
                ((MainFrame) station.frame).show(area);
                return null;
            });
            station.find("area-" + area.name().toLowerCase(Locale.ROOT));
            Thread.sleep(300); // the area's first figures and tables are read in the background
            shown.addAll(Ui.onEdt(() -> textsOf(station.frame)));
        }
        Set<String> english = new TreeSet<>(shown);
        english.retainAll(englishOnly(language));

        assertThat(shown).hasSizeGreaterThan(60);
        assertThat(shown).contains(Texts.MESSAGES.text(language, "window.title"),
                Texts.MESSAGES.text(language, "area.SETTINGS"), Texts.MESSAGES.text(language, "action.ERASE.label"));
        assertThat(english).as("English words in the %s window", language.getDisplayLanguage(Locale.ENGLISH)).isEmpty();
        assertThat(Ui.onEdt(() -> menuItemsWithShortcuts(station.frame))).as("shortcuts written in the station's language")
                .isNotEmpty().allSatisfy(item -> assertThat(item.getUI()).isInstanceOf(StationMenuItemUI.class));
    }

    private static List<JMenuItem> menuItemsWithShortcuts(Frame frame) {
        List<JMenuItem> items = new ArrayList<>();
        JMenuBar bar = ((MainFrame) frame).getJMenuBar();
        for (int i = 0; i < bar.getMenuCount(); i++) {
            for (Component item : bar.getMenu(i).getMenuComponents()) {
                if (item instanceof JMenuItem menuItem && !(item instanceof JMenu) && menuItem.getAccelerator() != null) {
                    items.add(menuItem);
                }
            }
        }
        return items;
    }

    /** The English texts (without arguments) that {@code language} writes differently, and no text of its own uses. */
    private static Set<String> englishOnly(Locale language) {
        Set<String> english = new HashSet<>();
        Set<String> translated = new HashSet<>();
        for (String key : Texts.MESSAGES.keysWrittenFor(Locale.ENGLISH)) {
            String inEnglish = Texts.MESSAGES.text(Locale.ENGLISH, key);
            String inLanguage = Texts.MESSAGES.text(language, key);
            translated.add(inLanguage);
            if (!inEnglish.contains("{") && inEnglish.length() > 1 && !inEnglish.equals(inLanguage)) {
                english.add(inEnglish);
            }
        }
        english.removeAll(translated);
        return english;
    }

    /** Every text the frame shows or offers: labels, buttons, tooltips, menus and their items, table headers. */
    private static Set<String> textsOf(Frame frame) {
        Set<String> texts = new HashSet<>();
        texts.add(frame.getTitle());
        collect(frame, texts);
        JMenuBar bar = ((MainFrame) frame).getJMenuBar();
        for (int i = 0; i < bar.getMenuCount(); i++) {
            JMenu menu = bar.getMenu(i);
            texts.add(menu.getText());
            for (Component item : menu.getMenuComponents()) {
                if (item instanceof AbstractButton button) {
                    texts.add(button.getText());
                    texts.add(button.getToolTipText());
                }
            }
        }
        texts.remove(null);
        texts.remove("");
        return texts;
    }

    private static void collect(Container container, Set<String> texts) {
        for (Component child : container.getComponents()) {
            if (child instanceof JLabel label) {
                texts.add(label.getText());
            } else if (child instanceof AbstractButton button) {
                texts.add(button.getText());
            } else if (child instanceof JTextComponent text && !text.isEditable()) {
                texts.add(text.getText());
            }
            if (child instanceof JComponent component) {
                texts.add(component.getToolTipText());
                Object placeholder = component.getClientProperty("JTextField.placeholderText");
                if (placeholder instanceof String words) {
                    texts.add(words);
                }
            }
            if (child instanceof JTable table) {
                for (int column = 0; column < table.getColumnCount(); column++) {
                    texts.add(table.getColumnName(column));
                }
            }
            if (child instanceof Container inner) {
                collect(inner, texts);
            }
        }
    }
}
