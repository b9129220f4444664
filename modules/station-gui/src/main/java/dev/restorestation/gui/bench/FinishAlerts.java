package dev.restorestation.gui.bench;

import dev.restorestation.gui.Texts;
import java.awt.AWTException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.Taskbar;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a technician who is not looking at the window that a restore ended: a notification from
 * the system tray where the desktop has one (else the taskbar asks for attention), and a short
 * chime, rising when done, falling when the device needs them. Sound plays off the event thread;
 * a machine without a sound device beeps instead.
 */
final class FinishAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(FinishAlerts.class);
    private static final float RATE = 44_100f;

    private final ExecutorService sound = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "finish-chime");
        thread.setDaemon(true);
        return thread;
    });
    private boolean on = true;
    private TrayIcon tray;

    void enabled(boolean enabled) {
        on = enabled;
    }

    boolean enabled() {
        return on;
    }

    /** EDT only. */
    void announce(Announcement announcement, Window window) {
        if (!on) {
            return;
        }
        notify(announcement, window);
        sound.execute(() -> chime(announcement.problem()));
    }

    private void notify(Announcement announcement, Window window) {
        try {
            if (SystemTray.isSupported()) {
                trayIcon().displayMessage(announcement.title(), announcement.text(),
                        announcement.problem() ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO);
            } else if (window != null && Taskbar.isTaskbarSupported()
                    && Taskbar.getTaskbar().isSupported(Taskbar.Feature.USER_ATTENTION_WINDOW)) {
                Taskbar.getTaskbar().requestWindowUserAttention(window);
            }
        } catch (AWTException | UnsupportedOperationException | SecurityException e) {
            LOG.debug("no desktop notification: {}", e.toString());
        }
    }

    private TrayIcon trayIcon() throws AWTException {
        if (tray == null) {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x1f5fc0));
            g.fillRoundRect(1, 1, 14, 14, 5, 5);
            g.dispose();
            tray = new TrayIcon(image, Texts.text("window.title"));
            tray.setImageAutoSize(true);
            SystemTray.getSystemTray().add(tray);
        }
        return tray;
    }

    private static void chime(boolean problem) {
        byte[] tones = problem ? tones(440, 330) : tones(660, 880);
        try {
            Clip clip = AudioSystem.getClip();
            clip.open(new AudioFormat(RATE, 16, 1, true, false), tones, 0, tones.length);
            clip.addLineListener(event -> {
                if (event.getType() == LineEvent.Type.STOP) {
                    clip.close();
                }
            });
            clip.start();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            Toolkit.getDefaultToolkit().beep();
        }
    }

    /** Two notes of 0.12 s each, 16-bit little-endian mono, faded at both ends so they do not click. */
    static byte[] tones(double first, double second) {
        int perNote = (int) (RATE * 0.12);
        byte[] pcm = new byte[perNote * 2 * 2];
        for (int i = 0; i < perNote * 2; i++) {
            double frequency = i < perNote ? first : second;
            int inNote = i % perNote;
            double fade = Math.min(1, Math.min(inNote, perNote - inNote) / (RATE * 0.01));
            short sample = (short) (Math.sin(2 * Math.PI * frequency * i / RATE) * fade * 0.3 * Short.MAX_VALUE);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }
}
