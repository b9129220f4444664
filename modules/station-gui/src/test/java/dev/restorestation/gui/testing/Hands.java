package dev.restorestation.gui.testing;

import java.awt.AWTException;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.JComponent;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

/**
 * A technician's hands: real mouse clicks and key presses through {@link Robot}, so focus, key
 * bindings and default buttons behave as they do on a desktop. Never call from the EDT.
 */
public final class Hands {

    private final Robot robot;

    public Hands() throws AWTException {
        robot = new Robot();
        robot.setAutoDelay(12);
    }

    /** Scrolls the component into view, as a person would, and clicks its middle. */
    public void click(Component component) throws Exception {
        Ui.onEdt(() -> {
            for (Container parent = component.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof JViewport viewport && viewport.getView() instanceof JComponent view) {
                    view.scrollRectToVisible(SwingUtilities.convertRectangle(component.getParent(),
                            component.getBounds(), view));
                }
            }
            return null;
        });
        robot.waitForIdle();
        clickAt(middleOf(component));
    }

    private static Point middleOf(Component component) throws Exception {
        return Ui.onEdt(() -> {
            Point origin = component.getLocationOnScreen();
            return new Point(origin.x + component.getWidth() / 2, origin.y + component.getHeight() / 2);
        });
    }

    /** Turns the mouse wheel over the middle of {@code component}; positive notches scroll down. */
    public void wheel(Component component, int notches) throws Exception {
        Point at = middleOf(component);
        robot.mouseMove(at.x, at.y);
        robot.waitForIdle();
        robot.mouseWheel(notches);
        robot.waitForIdle();
    }

    /** Clicks the middle of {@code area}, in the component's own coordinates: a table's heading, a cell. */
    public void click(Component component, Rectangle area) throws Exception {
        Point at = Ui.onEdt(() -> {
            Point origin = component.getLocationOnScreen();
            return new Point(origin.x + area.x + area.width / 2, origin.y + area.y + area.height / 2);
        });
        clickAt(at);
    }

    private void clickAt(Point onScreen) {
        robot.mouseMove(onScreen.x, onScreen.y);
        robot.waitForIdle();
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    /** Types plain text as key presses on a US layout (letters, digits, space, - . , ; : / and line breaks as Enter). */
    public void type(String text) {
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c) || c == ':';
            int key = keyOf(c);
            if (shift) {
                robot.keyPress(KeyEvent.VK_SHIFT);
            }
            robot.keyPress(key);
            robot.keyRelease(key);
            if (shift) {
                robot.keyRelease(KeyEvent.VK_SHIFT);
            }
        }
        robot.waitForIdle();
    }

    /** Presses the keys together, e.g. {@code chord(VK_CONTROL, VK_Q)}, and lets go in reverse. */
    public void chord(int... keys) {
        for (int key : keys) {
            robot.keyPress(key);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.keyRelease(keys[i]);
        }
        robot.waitForIdle();
    }

    private static int keyOf(char c) {
        if (Character.isLetterOrDigit(c) && c < 128) {
            return KeyEvent.getExtendedKeyCodeForChar(Character.toUpperCase(c));
        }
        return switch (c) {
            case ' ' -> KeyEvent.VK_SPACE;
            case '-' -> KeyEvent.VK_MINUS;
            case '.' -> KeyEvent.VK_PERIOD;
            case ',' -> KeyEvent.VK_COMMA;
            case ';', ':' -> KeyEvent.VK_SEMICOLON;
            case '/' -> KeyEvent.VK_SLASH;
            case '\n' -> KeyEvent.VK_ENTER;
            default -> throw new IllegalArgumentException("no key for " + c);
        };
    }
}
