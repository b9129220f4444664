package dev.restorestation.gui.actions;

import java.awt.event.ActionEvent;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;

/** The Swing actions built from {@link StationAction}, with one handler each and shared enablement. */
public final class ActionCatalogue {

    private final Map<StationAction, Action> actions = new EnumMap<>(StationAction.class);
    private final Map<StationAction, BooleanSupplier> enabledWhen = new EnumMap<>(StationAction.class);

    /** Registers the handler of an action and when it is enabled. */
    public void define(StationAction id, Runnable handler, BooleanSupplier enabled) {
        Action action = new AbstractAction(id.label()) {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (isEnabled()) {
                    handler.run();
                }
            }
        };
        action.putValue(Action.ACCELERATOR_KEY, id.shortcut());
        action.putValue(Action.SHORT_DESCRIPTION, id.description());
        action.putValue(Action.ACTION_COMMAND_KEY, id.name());
        actions.put(id, action);
        enabledWhen.put(id, enabled);
    }

    public Action get(StationAction id) {
        return actions.get(id);
    }

    /** Re-evaluates which actions apply to the current selection. */
    public void refresh() {
        enabledWhen.forEach((id, enabled) -> actions.get(id).setEnabled(enabled.getAsBoolean()));
    }

    /** Makes every shortcut work anywhere in the window, even with the focus in a text field. */
    public void bindShortcuts(JComponent root) {
        actions.forEach((id, action) -> {
            root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(id.shortcut(), id.name());
            root.getActionMap().put(id.name(), action);
        });
    }

    public JMenu menu(String title, StationAction... ids) {
        JMenu menu = new JMenu(title);
        for (StationAction id : ids) {
            JMenuItem item = new JMenuItem(actions.get(id));
            item.setName("menu-" + id.name().toLowerCase(Locale.ROOT));
            menu.add(item);
        }
        return menu;
    }

    public JPopupMenu popup(StationAction... ids) {
        JPopupMenu popup = new JPopupMenu();
        for (StationAction id : ids) {
            popup.add(new JMenuItem(actions.get(id)));
        }
        return popup;
    }

    public JButton button(StationAction id) {
        JButton button = new JButton(actions.get(id));
        button.setName("action-" + id.name().toLowerCase(Locale.ROOT));
        button.putClientProperty("JButton.buttonType", "toolBarButton");
        button.setFocusable(false);
        return button;
    }
}
