package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.core.firmware.CatalogBuild;
import dev.restorestation.core.firmware.CatalogListing;
import dev.restorestation.core.firmware.FirmwareLibrary;
import dev.restorestation.core.firmware.ModelName;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.text.DurationText;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.gui.CutTextTable;
import dev.restorestation.gui.HeadingSorter;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/** The catalog for one device model: which builds exist, which Apple still signs, and a button to fetch one. */
final class CatalogPanel extends JPanel {


    private final FirmwareLibrary library;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final BiConsumer<String, CatalogBuild> onDownload;
    private final DefaultComboBoxModel<String> productTypes = new DefaultComboBoxModel<>();
    private final JComboBox<String> productType = new JComboBox<>(productTypes);
    private final JButton show = new JButton(Texts.text("catalog.show"));
    private final JLabel status = new JLabel(Texts.text("catalog.hint"));
    private final CatalogModel model;
    private final JTable table;
    private final JButton download = new JButton(Texts.text("catalog.download"));
    private List<CachedFirmware> cached = List.of();
    private ModelChoices choices = ModelChoices.of(List.of(), List.of());

    CatalogPanel(FirmwareLibrary library, TaskExecutor tasks, Clock clock, BiConsumer<String, CatalogBuild> onDownload) {
        super(new MigLayout("insets 0, fill, wrap", "[grow, fill]", "[][][grow, fill][]"));
        this.library = library;
        this.tasks = tasks;
        this.clock = clock;
        this.onDownload = onDownload;
        this.model = new CatalogModel(clock.getZone());
        this.table = new CutTextTable(model);
        setName("firmware-catalog");
        productType.setName("catalog-product-type");
        productType.setEditable(true);
        productType.setPrototypeDisplayValue("iPad Pro 12.9-inch (6th generation) (iPad14,6)");
        show.setName("catalog-show");
        show.setMnemonic(Texts.text("catalog.show.mnemonic").charAt(0));
        download.setMnemonic(Texts.text("catalog.download.mnemonic").charAt(0));
        download.setName("catalog-download");
        status.setName("catalog-status");
        status.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        table.setName("catalog-table");
        table.setRowSorter(new HeadingSorter<>(model));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setDefaultRenderer(Boolean.class, new SignedRenderer());
        table.setFillsViewportHeight(true);
        table.getSelectionModel().addListSelectionListener(e -> enableDownload());
        download.setEnabled(false);

        JLabel label = new JLabel(Texts.text("catalog.model"));
        label.setLabelFor(productType);
        label.setDisplayedMnemonic('M');
        JPanel choice = new JPanel(new MigLayout("insets 0"));
        choice.add(label);
        choice.add(productType);
        choice.add(show);
        add(choice);
        add(status, "wmin 0");
        add(new JScrollPane(table), "hmin 80");
        add(download, "right, growx 0");

        show.addActionListener(e -> lookUp(String.valueOf(productType.getEditor().getItem()).strip()));
        productType.addActionListener(e -> {
            if ("comboBoxEdited".equals(e.getActionCommand())) {
                show.doClick();
            }
        });
        download.addActionListener(e -> {
            int row = table.getSelectedRow();
            if (row >= 0) {
                onDownload.accept(model.productType(), model.buildAt(table.convertRowIndexToModel(row)));
            }
        });
    }

    /**
     * Offers every model by name, and the product types of cached builds the station has no name
     * for, keeping what was typed.
     */
    void offerModels(List<ModelName> models, Collection<String> cachedTypes) {
        UiThread.requireEdt();
        Object typed = productType.getEditor().getItem();
        choices = ModelChoices.of(models, cachedTypes);
        productTypes.removeAllElements();
        productTypes.addAll(choices.lines());
        productType.getEditor().setItem(typed);
    }

    /** The cache changed: mark again which catalog builds are in it. */
    void cached(List<CachedFirmware> builds) {
        UiThread.requireEdt();
        cached = builds;
        model.cached(cachedFor(model.productType()));
        enableDownload();
    }

    /** Reads the catalog for the model {@code typed} names in the background and shows it. */
    void lookUp(String typed) {
        UiThread.requireEdt();
        Optional<String> known = choices.productType(typed);
        if (known.isEmpty()) {
            showStatus(Texts.text("catalog.notModel", typed), true);
            return;
        }
        String type = known.get();
        show.setEnabled(false);
        showStatus(Texts.text("catalog.reading", type), false);
        UiTask.run(tasks, "catalog " + type, context -> library.catalog(type, context), listing -> {
            show.setEnabled(true);
            model.show(listing, cachedFor(type));
            showStatus(describe(listing), listing.offline());
            enableDownload();
        }, failure -> {
            show.setEnabled(true);
            showStatus(Texts.text("catalog.notRead", type, UiTask.describe(failure)), true);
        });
    }

    String statusText() {
        return status.getText();
    }

    CatalogModel model() {
        return model;
    }

    JTable table() {
        return table;
    }

    private String describe(CatalogListing listing) {
        long signed = listing.builds().stream().filter(CatalogBuild::signed).count();
        String counts = Texts.text("catalog.counts", listing.builds().size(), listing.productType(), signed);
        if (listing.builds().isEmpty()) {
            counts = Texts.text("catalog.none", listing.productType());
        }
        String notes = listing.notes().stream().map(note -> " " + Character.toUpperCase(note.charAt(0)) + note.substring(1) + ".")
                .collect(Collectors.joining());
        if (listing.offline()) {
            Duration age = Duration.between(listing.fetchedAt(), clock.instant());
            return counts + ". " + Texts.text("catalog.offline", DurationText.of(age, StationLanguage.current())) + notes;
        }
        return counts + "." + notes;
    }

    private void showStatus(String text, boolean warning) {
        status.setText(text);
        status.setToolTipText(text);
        status.putClientProperty("FlatLaf.style",
                warning ? "foreground: $Station.text.failed" : "foreground: $Station.text.secondary");
    }

    private Set<String> cachedFor(String type) {
        return cached.stream()
                .filter(build -> build.productTypes().contains(type))
                .map(CachedFirmware::build)
                .collect(Collectors.toSet());
    }

    private void enableDownload() {
        int row = table.getSelectedRow();
        if (row < 0) {
            download.setEnabled(false);
            download.setToolTipText(Texts.text("catalog.selectBuild"));
            return;
        }
        int index = table.convertRowIndexToModel(row);
        CatalogBuild build = model.buildAt(index);
        boolean inCache = model.isCached(index);
        download.setEnabled(build.signed() && !inCache && build.problem().isEmpty());
        download.setToolTipText(inCache ? Texts.text("catalog.alreadyCached")
                : !build.problem().isEmpty() ? build.problem()
                : build.signed() ? Texts.text("catalog.downloadBuild", build.build())
                : Texts.text("catalog.unsigned", build.build()));
    }
}
