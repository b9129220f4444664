package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.CacheUsage;
import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.core.firmware.FirmwareLibrary;
import dev.restorestation.core.firmware.ModelName;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.text.SizeText;
import dev.restorestation.gui.RefreshWhileShown;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;

/**
 * The firmware area: cached builds, jobs in progress, the catalog per model and disk use. Reads
 * the cache when shown and every {@value #REFRESH_SECONDS} s while shown, always in the background.
 */
public final class FirmwareArea extends JPanel {

    /** Asks the technician to confirm something that cannot be undone. */
    @FunctionalInterface
    interface Confirmation {
        boolean confirm(Component parent, String title, String question);
    }

    static final int REFRESH_SECONDS = 15;

    private final FirmwareLibrary library;
    private final TaskExecutor tasks;
    private final Confirmation confirmation;
    private final CacheUsageBar usage = new CacheUsageBar();
    private final CachedBuildsPanel cached;
    private final FirmwareJobs jobs;
    private final CatalogPanel catalog;
    private final JLabel message = new JLabel(" ");
    private boolean refreshing;

    public FirmwareArea(FirmwareLibrary library, TaskExecutor tasks) {
        this(library, tasks, Clock.systemDefaultZone(), (parent, title, question) -> JOptionPane.showConfirmDialog(
                parent, question, title, JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) == JOptionPane.YES_OPTION);
    }

    FirmwareArea(FirmwareLibrary library, TaskExecutor tasks, Clock clock, Confirmation confirmation) {
        super(new MigLayout("insets 16 24 12 24, fill, wrap", "[grow, fill]", "[][grow, fill][]"));
        this.library = library;
        this.tasks = tasks;
        this.confirmation = confirmation;
        setName("area-firmware");
        IpswDrop drop = new IpswDrop(this::importFiles, text -> say(text, true));
        this.jobs = new FirmwareJobs(library, tasks, new JobsPanel(), this::refresh, text -> say(text, false));
        this.cached = new CachedBuildsPanel(clock, drop, this::chooseAndImport, jobs::verify, this::delete);
        this.catalog = new CatalogPanel(library, tasks, clock, jobs::download);
        setTransferHandler(drop);
        message.setName("firmware-message");

        JLabel title = new JLabel(Texts.text("firmware.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "split 2, growx 0");
        // as wide as its words (German and Spanish take more), up to half a 1280-pixel window
        add(usage, "gapleft push, w 240:pref:640, aligny bottom");

        JPanel top = new JPanel(new MigLayout("insets 0, fill, wrap", "[grow, fill]", "[][grow, fill]12[][]"));
        top.add(heading(Texts.text("firmware.cached")));
        top.add(cached, "hmin 120");
        top.add(heading(Texts.text("firmware.inProgress")));
        top.add(jobs.panel(), "wmin 0");
        JPanel bottom = new JPanel(new MigLayout("insets 12 0 0 0, fill, wrap", "[grow, fill]", "[][grow, fill]"));
        bottom.add(heading(Texts.text("firmware.catalog")));
        bottom.add(catalog, "hmin 140");
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, bottom);
        split.setResizeWeight(0.55);
        split.setBorder(null);
        add(split);
        add(message, "wmin 0");

        RefreshWhileShown.install(this, REFRESH_SECONDS, this::refresh);
    }

    /** Reads the cached builds and the disk use in the background and shows them. */
    public void refresh() {
        UiThread.requireEdt();
        if (refreshing) {
            return;
        }
        refreshing = true;
        UiTask.run(tasks, "read the firmware cache", context -> new Contents(library.builds(), library.usage(),
                        library.models()),
                contents -> {
                    refreshing = false;
                    cached.show(contents.builds());
                    usage.show(contents.usage());
                    catalog.cached(contents.builds());
                    catalog.offerModels(contents.models(), contents.builds().stream()
                            .flatMap(build -> build.productTypes().stream())
                            .collect(Collectors.toCollection(TreeSet::new)));
                }, failure -> {
                    refreshing = false;
                    say(Texts.text("firmware.notRead", UiTask.describe(failure)), true);
                });
    }

    /** Imports IPSW files, one job each; they are verified in full before they enter the cache. */
    public void importFiles(List<Path> files) {
        files.forEach(jobs::importFile);
    }

    CachedBuildsPanel cached() {
        return cached;
    }

    CatalogPanel catalog() {
        return catalog;
    }

    JobsPanel jobsPanel() {
        return jobs.panel();
    }

    CacheUsageBar usage() {
        return usage;
    }

    String message() {
        return message.getText();
    }

    private void chooseAndImport() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(Texts.text("firmware.import.title"));
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.text("firmware.import.filter"), "ipsw"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            importFiles(Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList());
        }
    }

    private void delete(CachedFirmware build) {
        String question = Texts.text("firmware.delete.question", build.version(), build.build(), SizeText.shown(build.size()));
        if (!confirmation.confirm(this, Texts.text("firmware.delete.title"), question)) {
            return;
        }
        UiTask.run(tasks, "delete " + build.build(), context -> library.remove(build.sha256()), removed -> {
            if (removed) {
                say(Texts.text("firmware.deleted", build.version(), build.build()), false);
            } else {
                say(Texts.text("firmware.inUse", build.build()), true);
            }
            refresh();
        }, failure -> {
            say(Texts.text("firmware.notDeleted", build.build(), UiTask.describe(failure)), true);
            refresh();
        });
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.setToolTipText(text);
        message.putClientProperty("FlatLaf.style",
                problem ? "foreground: $Station.text.failed" : "foreground: $Station.text.secondary");
    }

    private static JLabel heading(String text) {
        JLabel label = new JLabel(text);
        label.putClientProperty("FlatLaf.styleClass", "h4");
        return label;
    }

    private record Contents(List<CachedFirmware> builds, CacheUsage usage, List<ModelName> models) {
    }
}
