package dev.restorestation.gui.shell;

import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.UiTask;
import java.awt.Component;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;

/**
 * The station's settings as a form. The theme applies at once; the rest is saved with the Save
 * button, and what the station opens at start-up (database, engine, limits) applies at the next start.
 * The webhooks below are saved on their own and apply at once.
 */
final class SettingsArea extends JPanel {

    private static final long GIB = 1024L * 1024 * 1024;

    private final Map<Theme, JRadioButton> themes = new EnumMap<>(Theme.class);
    private final JTextField technician = new JTextField(24);
    private final JSpinner cacheCapGib = new JSpinner(new SpinnerNumberModel(300, 0, 100_000, 10));
    private final JTextField databaseUrl = new JTextField(36);
    private final JTextField enginePath = new JTextField(30);
    private final JSpinner parallelRestores = new JSpinner(new SpinnerNumberModel(10, 1, 64, 1));
    private final JSpinner perRootHub = new JSpinner(new SpinnerNumberModel(8, 1, 64, 1));
    private final JSpinner perHub = new JSpinner(new SpinnerNumberModel(4, 1, 64, 1));
    private final JSpinner maxHubDepth = new JSpinner(new SpinnerNumberModel(2, 0, 7, 1));
    private final Map<ErrorCategory, JCheckBox> autoRetry = new EnumMap<>(ErrorCategory.class);
    private final JCheckBox finishAlerts = new JCheckBox("Notify and chime");
    private final JTextField shopName = new JTextField(30);
    private final JTextField shopLocation = new JTextField(36);
    private final JSpinner verifyWait = new JSpinner(new SpinnerNumberModel(10, 1, 120, 1));
    private final JSpinner signingMaxAge = new JSpinner(new SpinnerNumberModel(24, 1, 720, 1));
    private final LabelSettings labelSettings;
    private final JLabel message = new JLabel(" ");
    private StationSettings shown;

    SettingsArea(StationSettings current, String dataDirectory, ShopWebhooks webhooks, DeviceLabels labels,
                 TaskExecutor tasks, Consumer<Theme> onTheme, Consumer<StationSettings> onSave) {
        super(new MigLayout("insets 24, wrap 2, hidemode 3", "[right][grow,fill]", "[]16[][][][][][][][][][][][][][][]16[]"));
        setName("area-settings");
        JLabel title = new JLabel("Settings");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "span, left");

        add(new JLabel("Theme:"));
        JPanel themeRow = new JPanel(new MigLayout("insets 0"));
        ButtonGroup group = new ButtonGroup();
        for (Theme theme : Theme.values()) {
            JRadioButton choice = new JRadioButton(label(theme));
            choice.setName("theme-" + theme.name().toLowerCase(Locale.ROOT));
            choice.addActionListener(e -> onTheme.accept(theme));
            group.add(choice);
            themes.put(theme, choice);
            themeRow.add(choice);
        }
        add(themeRow);

        row("Technician:", technician, "technician", "Recorded with every attempt you start");
        row("Firmware cache limit (GiB):", cacheCapGib, "cache-cap", "0 for no limit; the oldest unused builds go first");
        row("History database:", databaseUrl, "database-url",
                "Empty for this station's own H2 file; a PostgreSQL JDBC URL to share one history between benches");
        JPanel engineRow = new JPanel(new MigLayout("insets 0, fillx", "[grow,fill][]"));
        JButton browse = new JButton("Browse…");
        browse.addActionListener(e -> chooseEngine());
        engineRow.add(enginePath);
        engineRow.add(browse);
        row("idevicerestore:", engineRow, "engine-path", "Empty to find it on the PATH");
        row("Parallel restores:", parallelRestores, "parallel-restores",
                "At most this many devices restore at once on this station (about 10 is what the engine's maintainer advises)");
        row("Restores per root hub:", perRootHub, "per-root-hub", "At most this many at once on one USB bus");
        row("Restores per hub:", perHub, "per-hub", "At most this many at once on the ports of one hub");
        row("Hubs a slot may sit behind:", maxHubDepth, "max-hub-depth",
                "A slot deeper in a chain of hubs is warned about on its tile: links drop there more often");
        JPanel retryRow = new JPanel(new MigLayout("insets 0"));
        for (ErrorCategory category : ErrorCategory.values()) {
            if (category.retryable()) {
                JCheckBox box = new JCheckBox(category.label());
                box.setName("auto-retry-" + category.id());
                box.setToolTipText("Tried once more when the device is back in Recovery or DFU mode in its slot,"
                        + " unless it keeps failing; signing, firmware and hardware failures never are");
                autoRetry.put(category, box);
                retryRow.add(box);
            }
        }
        row("Retry once by itself after:", retryRow, "auto-retry",
                "Once the device is back in its slot");
        row("When a restore ends:", finishAlerts, "finish-alerts",
                "A notification and a chime when a device is done or needs you");
        row("Wait for a restored device (min):", verifyWait, "verify-wait",
                "How long a restored device has to come back in Normal mode and show its build");
        row("Signing status good for (hours):", signingMaxAge, "signing-max-age",
                "An older word from the catalog that a build is signed makes an erase ask first");
        row("Shop name:", shopName, "shop-name", "Printed on restore and erasure reports");
        row("Shop location:", shopLocation, "shop-location", "Address or town, printed on reports");
        labelSettings = new LabelSettings(labels, tasks);
        row("Labels:", labelSettings.row(), "labels", "");

        add(new JLabel("Data directory:"));
        JLabel folder = new JLabel(dataDirectory);
        folder.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        add(folder);

        JButton save = new JButton("Save");
        save.setName("settings-save");
        save.addActionListener(e -> save(onSave));
        message.setName("settings-message");
        add(save, "skip, split 2, growx 0");
        add(message);

        new WebhookSection(webhooks, tasks).addTo(this);
        show(current);
    }

    /** Puts the settings into the form. */
    void show(StationSettings settings) {
        shown = settings;
        themes.get(settings.theme()).setSelected(true);
        technician.setText(settings.technician());
        cacheCapGib.setValue((int) Math.min(Integer.MAX_VALUE, settings.cacheCapBytes() / GIB));
        databaseUrl.setText(settings.databaseUrl());
        enginePath.setText(settings.enginePath());
        parallelRestores.setValue(settings.parallelRestores());
        perRootHub.setValue(settings.restoresPerRootHub());
        perHub.setValue(settings.restoresPerHub());
        maxHubDepth.setValue(settings.maxHubDepth());
        autoRetry.forEach((category, box) -> box.setSelected(settings.autoRetry().contains(category.id())));
        finishAlerts.setSelected(settings.finishAlerts());
        verifyWait.setValue(settings.verifyWaitMinutes());
        signingMaxAge.setValue(settings.signingMaxAgeHours());
        shopName.setText(settings.shopName());
        shopLocation.setText(settings.shopLocation());
        labelSettings.show(settings.labels());
    }

    /** The settings as the form has them now; throws with a clear message when a value is refused. */
    StationSettings read() {
        Theme theme = themes.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                .findFirst().orElse(shown.theme());
        return new StationSettings(StationSettings.CURRENT_VERSION, theme, shown.window(), technician.getText(),
                ((Number) cacheCapGib.getValue()).longValue() * GIB, databaseUrl.getText(), enginePath.getText(),
                ((Number) parallelRestores.getValue()).intValue(), shopName.getText(), shopLocation.getText(),
                ((Number) verifyWait.getValue()).intValue(), ((Number) signingMaxAge.getValue()).intValue(),
                ((Number) perRootHub.getValue()).intValue(), ((Number) perHub.getValue()).intValue(),
                ((Number) maxHubDepth.getValue()).intValue(),
                autoRetry.entrySet().stream().filter(e -> e.getValue().isSelected()).map(e -> e.getKey().id()).toList(),
                finishAlerts.isSelected(), labelSettings.read());
    }

    private void save(Consumer<StationSettings> onSave) {
        try {
            StationSettings changed = read();
            onSave.accept(changed);
            shown = changed;
            message.setText("Saved. Database, engine and limits apply the next time the station starts.");
        } catch (IllegalArgumentException e) {
            message.setText(UiTask.describe(e));
        }
    }

    private void chooseEngine() {
        JFileChooser chooser = new JFileChooser(enginePath.getText().isBlank() ? "/usr/bin" : enginePath.getText());
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            enginePath.setText(chooser.getSelectedFile().getPath());
        }
    }

    private void row(String label, Component field, String name, String hint) {
        field.setName(name);
        JLabel caption = new JLabel(label);
        caption.setLabelFor(field);
        add(caption);
        add(field, "split 2, growx 0");
        JLabel help = new JLabel(hint);
        help.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        add(help, "w 0::");
    }

    private static String label(Theme theme) {
        return switch (theme) {
            case LIGHT -> "Light";
            case DARK -> "Dark";
            case SYSTEM -> "Follow the desktop";
        };
    }
}
