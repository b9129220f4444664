package dev.restorestation.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.settings.LabelPrinting;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.settings.WindowBounds;
import dev.restorestation.core.task.SameThreadTaskExecutor;
import dev.restorestation.gui.testing.KeptWebhooks;
import dev.restorestation.gui.testing.RecordingLabels;
import dev.restorestation.gui.testing.Ui;
import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

/** The settings form without a window: what goes in comes out, and a refused value says why. */
class SettingsAreaTest {

    /** This computer's printers: not the label printer the settings name, which must survive the form anyway. */
    private static final RecordingLabels OFFICE = new RecordingLabels(List.of("Office laser"));

    private static final StationSettings SHOP = new StationSettings(StationSettings.CURRENT_VERSION, Theme.DARK,
            new WindowBounds(5, 6, 1500, 950, false), "Ana", 200L * 1024 * 1024 * 1024,
            "jdbc:postgresql://bench-server/station", "/opt/idevicerestore/bin/idevicerestore", 12, "Fix-It Phones",
            "12 Main Street, Springfield", 15, 48, 6, 3, 1,
            List.of("usb-connection", "network"), false, new LabelPrinting("Brother QL-820NWB", "57x32", true), "de");

    @Test
    void everySettingSurvivesARoundTripThroughTheForm() throws Exception {
        AtomicReference<StationSettings> read = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> read.set(new SettingsArea(SHOP, "/data", new KeptWebhooks(), OFFICE, new SameThreadTaskExecutor(), theme -> { }, saved -> { }).read()));
        assertThat(read.get()).isEqualTo(SHOP);
    }

    @Test
    void theLanguageIsChosenByItsOwnNameAndSavedAsItsTag() throws Exception {
        List<StationSettings> saved = new ArrayList<>();
        List<String> names = new ArrayList<>();
        EventQueue.invokeAndWait(() -> {
            SettingsArea form = new SettingsArea(SHOP, "/data", new KeptWebhooks(), OFFICE, new SameThreadTaskExecutor(), theme -> { },
                    saved::add);
            @SuppressWarnings("unchecked")
            JComboBox<String> language = (JComboBox<String>) Ui.findOrNull(form, "language");
            JList<String> list = new JList<>();
            for (int i = 0; i < language.getItemCount(); i++) {
                names.add(((JLabel) language.getRenderer().getListCellRendererComponent(list, language.getItemAt(i), i,
                        false, false)).getText());
            }
            language.setSelectedItem("es");
            ((JButton) Ui.findOrNull(form, "settings-save")).doClick();
        });
        assertThat(names).containsExactly("System", "English", "Español", "Deutsch");
        assertThat(saved).singleElement().extracting(StationSettings::language).isEqualTo("es");
    }

    @Test
    void editsAreSavedAsOneSettingsObject() throws Exception {
        List<StationSettings> saved = new ArrayList<>();
        EventQueue.invokeAndWait(() -> {
            SettingsArea form = new SettingsArea(SHOP, "/data", new KeptWebhooks(), OFFICE, new SameThreadTaskExecutor(), theme -> { }, saved::add);
            ((JTextField) Ui.findOrNull(form, "technician")).setText("  Sam ");
            ((JSpinner) Ui.findOrNull(form, "parallel-restores")).setValue(4);
            ((JTextField) Ui.findOrNull(form, "database-url")).setText("");
            ((JTextField) Ui.findOrNull(form, "shop-name")).setText(" Phone Doctor ");
            ((JButton) Ui.findOrNull(form, "settings-save")).doClick();
        });
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).technician()).isEqualTo("Sam");
        assertThat(saved.get(0).parallelRestores()).isEqualTo(4);
        assertThat(saved.get(0).databaseUrl()).isEmpty();
        assertThat(saved.get(0).shopName()).isEqualTo("Phone Doctor");
        assertThat(saved.get(0).verifyWaitMinutes()).isEqualTo(15);
        assertThat(saved.get(0).window()).isEqualTo(SHOP.window());
    }

    @Test
    void aRefusedValueIsNotSavedAndTheFormSaysWhy() throws Exception {
        List<StationSettings> saved = new ArrayList<>();
        AtomicReference<String> message = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            SettingsArea form = new SettingsArea(SHOP, "/data", new KeptWebhooks(), OFFICE, new SameThreadTaskExecutor(), theme -> { }, saved::add);
            ((JSpinner) Ui.findOrNull(form, "parallel-restores")).setValue(0);
            ((JButton) Ui.findOrNull(form, "settings-save")).doClick();
            message.set(((JLabel) Ui.findOrNull(form, "settings-message")).getText());
        });
        assertThat(saved).isEmpty();
        assertThat(message.get()).isEqualTo("parallel restores must be between 1 and 64, not 0");
    }

    @Test
    void labelsByThemselvesNeedAPrinterAndALabelSizeThatFits() throws Exception {
        List<StationSettings> saved = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        EventQueue.invokeAndWait(() -> {
            SettingsArea form = new SettingsArea(SHOP, "/data", new KeptWebhooks(), OFFICE, new SameThreadTaskExecutor(),
                    theme -> { }, saved::add);
            JComboBox<?> size = (JComboBox<?>) Ui.findOrNull(form, "label-size-setting");
            size.getEditor().setItem("30x10");
            ((JButton) Ui.findOrNull(form, "settings-save")).doClick();
            messages.add(((JLabel) Ui.findOrNull(form, "settings-message")).getText());
            size.getEditor().setItem("62x29");
            JComboBox<?> printer = (JComboBox<?>) Ui.findOrNull(form, "label-printer-setting");
            printer.setSelectedItem("Office laser");
            ((JButton) Ui.findOrNull(form, "settings-save")).doClick();
            printer.setSelectedIndex(0);
            messages.add(String.valueOf(((JCheckBox) Ui.findOrNull(form, "label-on-verified")).isEnabled()));
        });
        assertThat(messages.get(0)).isEqualTo("a label of 30×10 mm does not fit: from 40×20 to 200×200 mm");
        assertThat(saved).singleElement().extracting(StationSettings::labels)
                .isEqualTo(new LabelPrinting("Office laser", "62x29", true));
        assertThat(messages.get(1)).as("no printer, nothing to print on by itself").isEqualTo("false");
    }

}
