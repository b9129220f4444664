package dev.restorestation.gui.theme;

import com.formdev.flatlaf.ui.FlatMenuItemRenderer;
import com.formdev.flatlaf.ui.FlatMenuItemUI;
import dev.restorestation.gui.KeyNames;
import java.awt.Font;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.plaf.ComponentUI;

/**
 * FlatLaf's menu item, with its shortcut written in the station's language ("Strg+Q" in German)
 * rather than the JVM's. Set as {@code MenuItemUI} in the station's FlatLaf properties.
 */
public class StationMenuItemUI extends FlatMenuItemUI {

    public static ComponentUI createUI(JComponent component) {
        return new StationMenuItemUI();
    }

    @Override
    protected FlatMenuItemRenderer createRenderer() {
        return new Renderer(menuItem, checkIcon, arrowIcon, acceleratorFont, acceleratorDelimiter);
    }

    /** Paints the item as FlatLaf does; only the shortcut's words differ. */
    static final class Renderer extends FlatMenuItemRenderer {

        Renderer(JMenuItem item, Icon checkIcon, Icon arrowIcon, Font acceleratorFont, String acceleratorDelimiter) {
            super(item, checkIcon, arrowIcon, acceleratorFont, acceleratorDelimiter);
        }

        @Override
        public String getTextForAccelerator(KeyStroke accelerator) {
            return KeyNames.of(accelerator);
        }
    }
}
