package dev.restorestation.gui.shell;

import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.gui.Texts;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.UiTask;
import java.awt.Component;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;

/**
 * The station's settings as a form. The theme applies at once; the rest is saved with the Save
 * button, and what the station opens at start-up (language, database, engine, limits) applies at the next start.
 * The webhooks below are saved on their own and apply at once.
 */
final class SettingsArea extends JPanel {

    private static final long GIB = 1024L * 1024 * 1024;
    /** Settings values: empty for the system's language, else a language the station has. */
    private static final String[] LANGUAGES = Stream.concat(Stream.of(""),
            StationLanguage.AVAILABLE.stream().map(Locale::getLanguage)).toArray(String[]::new);

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
    private final JCheckBox finishAlerts = new JCheckBox(Texts.text("settings.finishAlerts.box"));
    private final JComboBox<String> language = new JComboBox<>(LANGUAGES);
    private final JTextField shopName = new JTextField(30);
    private final JTextField shopLocation = new JTextField(36);
    private final JSpinner verifyWait = new JSpinner(new SpinnerNumberModel(10, 1, 120, 1));
    private final JSpinner signingMaxAge = new JSpinner(new SpinnerNumberModel(24, 1, 720, 1));
    private final LabelSettings labelSettings;
    private final JLabel message = new JLabel(" ");
    private StationSettings shown;

    SettingsArea(StationSettings current, String dataDirectory, ShopWebhooks webhooks, DeviceLabels labels,
                 TaskExecutor tasks, Consumer<Theme> onTheme, Consumer<StationSettings> onSave) {
        super(new MigLayout("insets 24, wrap 2, hidemode 3", "[right][grow,fill]", "[]16[][][][][][][][][][][][][][][][]16[]"));
        setName("area-settings");
        JLabel title = new JLabel(Texts.text("settings.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "span, left");

        add(new JLabel(Texts.text("settings.theme")));
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

        language.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focused) {
                return super.getListCellRendererComponent(list, languageName((String) value), index, selected, focused);
            }
        });
        row(Texts.text("settings.language"), language, "language", Texts.text("settings.language.hint"));

        row(Texts.text("settings.technician"), technician, "technician", Texts.text("settings.technician.hint"));
        row(Texts.text("settings.cacheCap"), cacheCapGib, "cache-cap", Texts.text("settings.cacheCap.hint"));
        row(Texts.text("settings.database"), databaseUrl, "database-url", Texts.text("settings.database.hint"));
        JPanel engineRow = new JPanel(new MigLayout("insets 0, fillx", "[grow,fill][]"));
        JButton browse = new JButton(Texts.text("settings.engine.browse"));
        browse.addActionListener(e -> chooseEngine());
        engineRow.add(enginePath);
        engineRow.add(browse);
        row(Texts.text("settings.engine"), engineRow, "engine-path", Texts.text("settings.engine.hint"));
        row(Texts.text("settings.parallel"), parallelRestores, "parallel-restores", Texts.text("settings.parallel.hint"));
        row(Texts.text("settings.perRootHub"), perRootHub, "per-root-hub", Texts.text("settings.perRootHub.hint"));
        row(Texts.text("settings.perHub"), perHub, "per-hub", Texts.text("settings.perHub.hint"));
        row(Texts.text("settings.hubDepth"), maxHubDepth, "max-hub-depth", Texts.text("settings.hubDepth.hint"));
        JPanel retryRow = new JPanel(new MigLayout("insets 0, wrap 3")); // three a line: five do not fit 1280 pixels in Spanish
        for (ErrorCategory category : ErrorCategory.values()) {
            if (category.retryable()) {
                JCheckBox box = new JCheckBox(Texts.text("category." + category.id()));
                box.setName("auto-retry-" + category.id());
                box.setToolTipText(Texts.text("settings.autoRetry.tip"));
                autoRetry.put(category, box);
                retryRow.add(box);
            }
        }
        row(Texts.text("settings.autoRetry"), retryRow, "auto-retry", Texts.text("settings.autoRetry.hint"));
        row(Texts.text("settings.finishAlerts"), finishAlerts, "finish-alerts", Texts.text("settings.finishAlerts.hint"));
        row(Texts.text("settings.verifyWait"), verifyWait, "verify-wait", Texts.text("settings.verifyWait.hint"));
        row(Texts.text("settings.signingAge"), signingMaxAge, "signing-max-age", Texts.text("settings.signingAge.hint"));
        row(Texts.text("settings.shopName"), shopName, "shop-name", Texts.text("settings.shopName.hint"));
        row(Texts.text("settings.shopLocation"), shopLocation, "shop-location", Texts.text("settings.shopLocation.hint"));
        labelSettings = new LabelSettings(labels, tasks);
        row(Texts.text("settings.labels"), labelSettings.row(), "labels", "");

        add(new JLabel(Texts.text("settings.dataDirectory")));
        JLabel folder = new JLabel(dataDirectory);
        folder.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        add(folder);

        JButton save = new JButton(Texts.text("settings.save"));
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
        language.setSelectedItem(Arrays.asList(LANGUAGES).contains(settings.language()) ? settings.language() : "");
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
                finishAlerts.isSelected(), labelSettings.read(), (String) language.getSelectedItem());
    }

    private void save(Consumer<StationSettings> onSave) {
        try {
            StationSettings changed = read();
            onSave.accept(changed);
            shown = changed;
            message.setText(Texts.text("settings.saved"));
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
        help.setToolTipText(hint); // a long hint is cut at the window's edge; the whole of it is a hover away
        help.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        add(help, "w 0::");
    }

    private static String label(Theme theme) {
        return Texts.text("settings.theme." + theme.name().toLowerCase(Locale.ROOT));
    }

    /** Each language by its own name, so a technician who cannot read the current one still finds theirs. */
    private static String languageName(String tag) {
        if (tag == null || tag.isEmpty()) {
            return Texts.text("settings.language.system");
        }
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
