package dev.restorestation.gui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.text.StationLanguage;
import java.awt.EventQueue;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A menu's shortcut is written as the station's language labels the keys, whatever the JVM's own locale. */
class StationMenuItemUITest {

    @AfterEach
    void backToEnglish() {
        StationLanguage.choose("en");
    }

    @ParameterizedTest
    @CsvSource({"en, LIGHT, Ctrl+Q, Ctrl+Shift+Delete", "de, LIGHT, Strg+Q, Strg+Umschalt+Entf",
            "de, DARK, Strg+Q, Strg+Umschalt+Entf", "es, LIGHT, Ctrl+Q, Ctrl+Mayús+Supr"})
    void theMenuItemsOfTheStationsThemeWriteShortcutsInTheStationsLanguage(String language, Theme theme, String quit,
                                                                          String clear) throws Exception {
        StationLanguage.choose(language);
        AtomicReference<String[]> shown = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            StationTheme.install(theme);
            JMenuItem item = new JMenuItem();
            assertThat(item.getUI()).isInstanceOf(StationMenuItemUI.class);
            StationMenuItemUI.Renderer renderer = (StationMenuItemUI.Renderer) ((StationMenuItemUI) item.getUI()).createRenderer();
            shown.set(new String[] {
                    renderer.getTextForAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK)),
                    renderer.getTextForAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE,
                            InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK))});
        });

        assertThat(shown.get()).containsExactly(quit, clear);
    }
}
