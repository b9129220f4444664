package dev.restorestation.gui.shell;

import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.RefreshWhileShown;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.WrappedText;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/**
 * The shop's webhooks, a section of the Settings form: where the station posts its events, the secret that signs
 * them, which events, and how far each endpoint is. Saved on its own button, checked as a whole:
 * a URL that cannot be used is refused with the reason and nothing changes.
 */
final class WebhookSection {

    private static final int REFRESH_SECONDS = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ShopWebhooks webhooks;
    private final TaskExecutor tasks;
    private final JTextArea urls = new JTextArea(3, 40);
    private final JPasswordField secret = new JPasswordField(28);
    private final JCheckBox showSecret = new JCheckBox(Texts.text("webhooks.show"));
    private final JCheckBox allowPlainHttp = new JCheckBox(Texts.text("webhooks.plainHttp"));
    private final Map<String, JCheckBox> events = new LinkedHashMap<>();
    private final JButton newSecret = new JButton(Texts.text("webhooks.newSecret"));
    private final JButton save = new JButton(Texts.text("webhooks.save"));
    private final JLabel message = new JLabel(" ");
    private final JPanel deliveries = new JPanel(new MigLayout("insets 0, wrap 1, gapy 2"));
    private final char echo;

    WebhookSection(ShopWebhooks webhooks, TaskExecutor tasks) {
        this.webhooks = webhooks;
        this.tasks = tasks;
        echo = secret.getEchoChar();
        urls.setName("webhook-urls");
        secret.setName("webhook-secret");
        showSecret.setName("webhook-show-secret");
        showSecret.addActionListener(e -> secret.setEchoChar(showSecret.isSelected() ? (char) 0 : echo));
        newSecret.setName("webhook-new-secret");
        newSecret.setToolTipText(Texts.text("webhooks.newSecret.tip"));
        newSecret.addActionListener(e -> {
            secret.setText(randomSecret());
            showSecret.setSelected(true);
            secret.setEchoChar((char) 0);
        });
        eventNames().forEach((type, name) -> {
            JCheckBox box = new JCheckBox(name);
            box.setName("webhook-event-" + type);
            events.put(type, box);
        });
        allowPlainHttp.setName("webhook-allow-http");
        allowPlainHttp.setToolTipText(Texts.text("webhooks.plainHttp.tip"));
        save.setName("webhook-save");
        save.addActionListener(e -> save());
        message.setName("webhook-message");
        deliveries.setName("webhook-deliveries");
    }

    /** Adds the section's rows to a two-column form (captions right, fields left) and reads the webhooks. */
    void addTo(JPanel form) {
        JLabel title = new JLabel(Texts.text("webhooks.title"));
        title.putClientProperty("FlatLaf.styleClass", "h3");
        form.add(title, "span, left, gaptop 24");
        // wraps at the window's edge: the longer languages need two lines at 1280 pixels
        form.add(new WrappedText(Texts.text("webhooks.about")), "skip, w 0::, growx");

        caption(form, Texts.text("webhooks.urls"), urls, Texts.text("webhooks.urls.mnemonic").charAt(0));
        urls.setToolTipText(Texts.text("webhooks.urls.tip"));
        form.add(new JScrollPane(urls), "growx, w 200::, h 60::");
        caption(form, Texts.text("webhooks.secret"), secret, Texts.text("webhooks.secret.mnemonic").charAt(0));
        form.add(secret, "split 3, growx 0, w 320::");
        form.add(showSecret, "growx 0");
        form.add(newSecret, "growx 0");
        JPanel eventRow = new JPanel(new MigLayout("insets 0"));
        events.values().forEach(eventRow::add);
        form.add(new JLabel(Texts.text("webhooks.events")));
        form.add(eventRow);
        form.add(allowPlainHttp, "skip");
        form.add(save, "skip, growx 0");
        // a row of its own: a refusal quotes the URL, and a translated reason runs longer than the English
        form.add(message, "skip, w 0::");
        form.add(new JLabel(Texts.text("webhooks.delivery")), "top");
        form.add(deliveries, "w 0::");

        setEnabledAll(false);
        UiTask.run(tasks, "webhooks", context -> webhooks.setup(), this::show, failure -> {
            show(ShopWebhooks.Setup.none());
            say(Texts.text("webhooks.notRead", UiTask.describe(failure)), true);
        });
        RefreshWhileShown.install(deliveries, REFRESH_SECONDS, this::refreshDeliveries);
    }

    private static void caption(JPanel form, String text, JComponent field, char mnemonic) {
        JLabel caption = new JLabel(text);
        caption.setLabelFor(field);
        caption.setDisplayedMnemonic(mnemonic);
        form.add(caption, field instanceof JTextArea ? "top" : "");
    }

    /** The setup as the form has it now. */
    ShopWebhooks.Setup read() {
        List<String> lines = urls.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<String> chosen = events.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                .toList();
        return new ShopWebhooks.Setup(lines, new String(secret.getPassword()).strip(), allowPlainHttp.isSelected(), chosen);
    }

    private void show(ShopWebhooks.Setup setup) {
        urls.setText(String.join("\n", setup.urls()));
        secret.setText(setup.secret());
        allowPlainHttp.setSelected(setup.allowPlainHttp());
        events.forEach((type, box) -> box.setSelected(setup.events().contains(type)));
        setEnabledAll(true);
    }

    private void save() {
        ShopWebhooks.Setup setup = read();
        save.setEnabled(false);
        UiTask.run(tasks, "save webhooks", context -> {
            webhooks.save(setup);
            return setup;
        }, saved -> {
            save.setEnabled(true);
            say(saved.urls().isEmpty() ? Texts.text("webhooks.saved.none") : Texts.text("webhooks.saved", saved.urls().size()),
                    false);
            refreshDeliveries();
        }, failure -> {
            save.setEnabled(true);
            say(Texts.text("webhooks.notSaved", UiTask.describe(failure)), true);
        });
    }

    private void refreshDeliveries() {
        UiTask.run(tasks, "webhook deliveries", context -> new State(webhooks.posting(), webhooks.deliveries()),
                this::showDeliveries, failure -> showLines(List.of(new Line(
                        Texts.text("webhooks.deliveryNotRead", UiTask.describe(failure)), true))));
    }

    private record State(boolean posting, List<ShopWebhooks.Delivery> deliveries) {
    }

    private record Line(String text, boolean problem) {
    }

    private void showDeliveries(State state) {
        if (!state.posting()) {
            showLines(List.of(new Line(Texts.text("webhooks.demo"), false)));
        } else if (state.deliveries().isEmpty()) {
            showLines(List.of(new Line(Texts.text("webhooks.none"), false)));
        } else {
            showLines(state.deliveries().stream()
                    .map(delivery -> new Line(describe(delivery), delivery.failuresInRow() > 0)).toList());
        }
    }

    static String describe(ShopWebhooks.Delivery delivery) {
        String counts = Texts.text("webhooks.counts", delivery.endpoint(), delivery.delivered(), delivery.gaveUp(),
                delivery.waiting());
        if (delivery.failuresInRow() == 0) {
            return counts;
        }
        return counts + " · " + (delivery.nextTry() == null
                ? Texts.text("webhooks.failing", delivery.lastFailure().text(), delivery.failuresInRow())
                : Texts.text("webhooks.failing.next", delivery.lastFailure().text(), delivery.failuresInRow(),
                        TIME.format(delivery.nextTry().atZone(ZoneId.systemDefault()))));
    }

    private void showLines(List<Line> lines) {
        deliveries.removeAll();
        for (Line line : lines) {
            JLabel label = new JLabel(line.text());
            label.setName("webhook-delivery");
            if (line.problem()) {
                label.putClientProperty("FlatLaf.style", "foreground: $Station.text.failed");
            }
            deliveries.add(label);
        }
        deliveries.revalidate();
        deliveries.repaint();
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.setToolTipText(text.isBlank() ? null : text);
        message.putClientProperty("FlatLaf.style", problem ? "foreground: $Station.text.failed" : null);
    }

    private void setEnabledAll(boolean enabled) {
        for (JComponent each : List.of(urls, secret, showSecret, newSecret, allowPlainHttp, save)) {
            each.setEnabled(enabled);
        }
        events.values().forEach(box -> box.setEnabled(enabled));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> eventNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String type : List.of("attempt.started", "attempt.step", "attempt.ended", "attempt.verified", "report.issued")) {
            names.put(type, Texts.text("webhooks.event." + type));
        }
        return names;
    }
}
