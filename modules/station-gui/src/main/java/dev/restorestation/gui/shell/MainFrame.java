package dev.restorestation.gui.shell;

import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.HubLayout;
import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.settings.WindowBounds;
import dev.restorestation.gui.LatestOnly;
import dev.restorestation.gui.ShopViews;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import dev.restorestation.gui.WindowServices;
import dev.restorestation.gui.actions.ActionCatalogue;
import dev.restorestation.gui.actions.StationAction;
import dev.restorestation.gui.bench.BenchArea;
import dev.restorestation.gui.bench.BuildSource;
import dev.restorestation.gui.bench.DemoScenario;
import dev.restorestation.gui.bench.Unfinished;
import dev.restorestation.gui.dashboard.DashboardArea;
import dev.restorestation.gui.firmware.FirmwareArea;
import dev.restorestation.gui.history.HistoryArea;
import dev.restorestation.gui.theme.StationTheme;
import java.nio.file.Path;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.HierarchyEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The station's main window: navigation, the five areas, a status bar. */
public final class MainFrame extends JFrame {

    private static final Logger LOG = LoggerFactory.getLogger(MainFrame.class);
    /** An engine asked to stop ends within seconds; one that does not is left to be marked INTERRUPTED. */
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(30);

    private final WindowServices services;
    private StationSettings settings;
    private final CardLayout areas = new CardLayout();
    private final JPanel areaPanel = new JPanel(areas);
    private final NavigationBar navigation = new NavigationBar(this::show);
    private final ActionCatalogue actions = new ActionCatalogue();
    private final FirstPaint content;
    private BenchArea bench;
    private final StatusBar statusBar = new StatusBar();
    private Rectangle normalBounds;
    private final Set<Area> built = EnumSet.noneOf(Area.class);
    private boolean closing;
    private EngineStatus engineStatus;
    private HistoryArea history;

    /**
     * The window's shell: navigation, status bar and an empty area. The bench is put in by
     * {@link #buildBench()}, in an event of its own, so neither holds the EDT as long as both.
     */
    public MainFrame(WindowServices services, StationSettings settings) {
        super(Texts.text(services.demo() ? "window.title.demo" : "window.title"));
        UiThread.requireEdt();
        this.services = services;
        this.settings = settings;
        setName("station-window");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        setMinimumSize(new Dimension(UIScale.scale(720), UIScale.scale(480)));

        content = new FirstPaint(new BorderLayout(), services.onFirstFrame());
        content.add(navigation, BorderLayout.WEST);
        JPanel centre = new JPanel(new BorderLayout());
        centre.add(new JSeparator(SwingConstants.VERTICAL), BorderLayout.WEST);
        centre.add(areaPanel, BorderLayout.CENTER);
        content.add(centre, BorderLayout.CENTER);
        content.add(statusBar, BorderLayout.SOUTH);
        setContentPane(content);

        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                rememberNormalBounds();
            }

            @Override
            public void componentMoved(ComponentEvent e) {
                rememberNormalBounds();
            }
        });
    }

    /** Builds the bench, the menus and their shortcuts, and shows the bench; once, before {@link #start()}. */
    public void buildBench() {
        UiThread.requireEdt();
        bench = new BenchArea(services.demo(), actions, services.restores(), services.attempts(), services.slots(),
                services.tasks(), services.firmware(), BuildSource.of(services.shop().firmware()),
                () -> this.settings.technician(), statusBar::showNotice,
                statusBar::showRestoring);
        bench.hubLayout(new HubLayout(settings.maxHubDepth()));
        bench.onDeviceHistory(this::showDeviceHistory);
        bench.buttonGuides(services.guides());
        bench.portPower(services.power());
        bench.finishAlerts(settings.finishAlerts());
        bench.documents(services.shop().labels(), services.shop().reports(), () -> this.settings.labels(),
                Path.of(services.dataDirectory(), "labels"));
        areaPanel.add(bench, Area.BENCH.name());
        built.add(Area.BENCH);
        setJMenuBar(menus());
        actions.bindShortcuts(content);
        show(Area.BENCH);
    }

    /** Starts listening to the bench and asks for the engine's state, both off the EDT. */
    public void start() {
        LatestOnly<BenchSnapshot> benchUpdates = new LatestOnly<>(snapshot -> {
            bench.applyBench(snapshot);
            statusBar.showBench(snapshot);
        });
        UiTask.run(services.tasks(), "watch the bench", context -> {
            services.bench().start(benchUpdates::offer);
            return null;
        }, started -> { }, failure -> {
            LOG.warn("the bench cannot be watched", failure);
            statusBar.showCondition(Texts.text("window.notice.benchNotWatched", UiTask.describe(failure)));
        });
        bench.controller().loadKnownSlots();
        if (services.demo()) {
            new DemoScenario(bench.controller()).start();
        }
        UiTask.run(services.tasks(), "probe restore engine", context -> services.engine().probe(),
                status -> {
                    engineStatus = status;
                    statusBar.showEngine(status);
                }, failure -> LOG.warn("engine probe failed", failure));
    }

    public void show(Area area) {
        if (built.add(area)) {
            areaPanel.add(build(area), area.name());
        }
        areas.show(areaPanel, area.name());
        navigation.select(area);
        if (area == Area.BENCH) {
            bench.focusTiles();
        }
    }

    private void showDeviceHistory(Ecid ecid) {
        show(Area.HISTORY);
        history.showDevice(ecid);
    }

    /** The other areas are built when first shown: charts and tables stay out of the time to the first frame. */
    private JComponent build(Area area) {
        ShopViews shop = services.shop();
        return switch (area) {
            case FIRMWARE -> new FirmwareArea(shop.firmware(), services.tasks());
            case HISTORY -> history = new HistoryArea(services.attempts(), services.logReader(), shop.reports(),
                    shop.labels(), shop.fixNames(), services.tasks());
            case DASHBOARD -> new DashboardArea(shop.report(), shop.history(), shop.slots(), shop.firmware(),
                    services.tasks());
            case SETTINGS -> scrolling(new SettingsArea(settings, services.dataDirectory(), shop.webhooks(), shop.labels(),
                    services.tasks(), this::changeTheme, this::saveSettings));
            case BENCH -> bench;
        };
    }

    private static JComponent scrolling(JComponent area) {
        JScrollPane scroll = new JScrollPane(new ViewportWidth(area), ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        // a page opens at its top: text fields filled while it was built ask, later, to be scrolled to
        scroll.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && scroll.isShowing()) {
                SwingUtilities.invokeLater(() -> scroll.getViewport().setViewPosition(new Point(0, 0)));
            }
        });
        return scroll;
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu station = new JMenu(Texts.text("menu.station"));
        station.setMnemonic(Texts.text("menu.station.mnemonic").charAt(0));
        JMenuItem quit = new JMenuItem(Texts.text("menu.quit"));
        quit.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK));
        quit.addActionListener(e -> close());
        station.add(quit);

        JMenu view = new JMenu(Texts.text("menu.view"));
        view.setMnemonic(Texts.text("menu.view.mnemonic").charAt(0));
        for (Area area : Area.values()) {
            JMenuItem item = new JMenuItem(area.label());
            item.setName("menu-" + area.name().toLowerCase(Locale.ROOT));
            item.setAccelerator(area.shortcut());
            item.addActionListener(e -> show(area));
            view.add(item);
        }
        JMenu benchMenu = actions.menu(Texts.text("menu.bench"), StationAction.ASSIGN_TICKET, StationAction.SCAN_TICKET,
                StationAction.CUSTOMER_NOTE, StationAction.UPDATE, StationAction.ERASE, StationAction.CHOOSE_BUILD,
                StationAction.CANCEL, StationAction.ENGINE_LOG, StationAction.FIX_APPLIED, StationAction.RETRY,
                StationAction.CLEAR, StationAction.SELECT_ALL,
                StationAction.UPDATE_ALL_READY, StationAction.RETRY_USB_FAILURES, StationAction.CLEAR_FINISHED,
                StationAction.DEVICE_HISTORY, StationAction.PRINT_LABEL, StationAction.REPORT, StationAction.GUIDE_DFU,
                StationAction.CALIBRATE);
        benchMenu.setMnemonic(Texts.text("menu.bench.mnemonic").charAt(0));
        JMenu help = new JMenu(Texts.text("menu.help"));
        help.setMnemonic(Texts.text("menu.help.mnemonic").charAt(0));
        JMenuItem shortcuts = new JMenuItem(Texts.text("menu.shortcuts"));
        shortcuts.setName("menu-shortcuts");
        shortcuts.setMnemonic(Texts.text("menu.shortcuts.mnemonic").charAt(0));
        shortcuts.setAccelerator(ShortcutSheet.OPEN);
        shortcuts.addActionListener(e -> ShortcutSheet.show(this));
        JMenuItem about = new JMenuItem(Texts.text("menu.about"));
        about.setName("menu-about");
        about.setMnemonic(Texts.text("menu.about.mnemonic").charAt(0));
        about.addActionListener(e -> AboutDialog.show(this,
                AboutDialog.facts(services.version(), engineStatus, services.dataDirectory())));
        help.add(shortcuts);
        help.add(about);
        bar.add(station);
        bar.add(benchMenu);
        bar.add(view);
        bar.add(help);
        return bar;
    }

    private void changeTheme(Theme theme) {
        StationTheme.switchTo(theme);
        saveSettings(settings.withTheme(theme));
    }

    private void saveSettings(StationSettings changed) {
        settings = changed.withWindow(settings.window());
        bench.hubLayout(new HubLayout(settings.maxHubDepth()));
        bench.finishAlerts(settings.finishAlerts());
        StationSettings toSave = settings;
        UiTask.run(services.tasks(), "save settings", context -> {
            services.settings().save(toSave);
            return null;
        }, saved -> { }, failure -> statusBar.showNotice(Texts.text("window.notice.settingsNotSaved", UiTask.describe(failure))));
    }

    /** A maximised window reports the screen's size; keep the size to restore to instead. */
    private void rememberNormalBounds() {
        if (getExtendedState() == Frame.NORMAL) {
            normalBounds = getBounds();
        }
    }

    /** Asks first while restores run; confirmed, cancels them and waits for their attempts to be recorded. */
    private void close() {
        if (closing) {
            return;
        }
        Unfinished unfinished = bench.controller().unfinished();
        if (unfinished.none()) {
            closeNow();
            return;
        }
        if (!QuitQuestion.confirm(this, unfinished)) {
            return;
        }
        closing = true;
        statusBar.showCondition(Texts.text("window.notice.cancellingToQuit", String.join(", ", unfinished.all())));
        bench.controller().cancelAll().orTimeout(CANCEL_WAIT.toSeconds(), TimeUnit.SECONDS)
                .whenComplete((done, failure) -> UiThread.run(() -> {
                    if (failure != null) {
                        LOG.warn("restores still running {} after the cancel; quitting anyway", CANCEL_WAIT);
                    }
                    closeNow();
                }));
    }

    private void closeNow() {
        boolean maximized = (getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        Rectangle normal = maximized && normalBounds != null ? normalBounds : getBounds();
        StationSettings toSave = settings.withWindow(
                new WindowBounds(normal.x, normal.y, normal.width, normal.height, maximized));
        setVisible(false);
        dispose();
        services.tasks().submit("save settings", context -> {
            services.settings().save(toSave);
            return null;
        }).result().whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.warn("could not save the window size", failure);
            }
            services.onClosed().run();
        });
    }
}
