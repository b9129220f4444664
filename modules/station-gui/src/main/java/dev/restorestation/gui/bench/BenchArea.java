package dev.restorestation.gui.bench;

import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.ButtonGuide;
import dev.restorestation.core.device.ButtonGuides;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.HubLayout;
import dev.restorestation.core.device.PortPower;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.SlotLabels;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.TicketReports;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.settings.LabelPrinting;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.EngineLogWindow;
import dev.restorestation.gui.NoteDialog;
import dev.restorestation.gui.actions.ActionCatalogue;
import dev.restorestation.gui.actions.StationAction;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/** The Bench area: the action bar with the barcode field, the tiles with the queue under them, and the fixes panel beside them. */
public final class BenchArea extends JPanel implements BenchView {


    private final ActionCatalogue actions;
    private final BenchController controller;
    private final BenchPanel tiles;
    private final FixesPanel fixes;
    private final QueuePanel queuePanel;
    private final FilterBar filterBar = new FilterBar(filter -> show(controller().model().tiles()));
    private final ScanField scanField = new ScanField(this::assignTicket);
    private final Consumer<String> benchSummary;
    private final SlotLabels slots;
    private final TaskExecutor tasks;
    private static final Consumer<Ecid> NO_HISTORY = ecid -> { };
    private SlotTile fixesShownFor;
    private Consumer<Ecid> deviceHistory = NO_HISTORY;
    private TileLabels tileLabels;
    private TileReports tileReports;
    private final AttemptLog attempts;
    private final FinishAlerts alerts = new FinishAlerts();
    private CalibrationDialog calibration;
    private DfuGuideDialog dfuGuide;
    private ButtonGuides guides = ButtonGuides.NONE;
    private SlotPowerCycle powerCycle;
    private final Consumer<String> notice;
    private HubLayout hubLayout = new HubLayout(HubLayout.DEFAULT_MAX_HUBS);

    public BenchArea(boolean demo, ActionCatalogue actions, RestoreService restores, AttemptLog attempts,
                     SlotLabels slots, TaskExecutor tasks, FirmwareChoice firmware, BuildSource builds,
                     Supplier<String> technician, Consumer<String> notice,
                     Consumer<String> benchSummary) {
        super(new BorderLayout());
        setName("area-bench");
        this.actions = actions;
        this.attempts = attempts;
        this.benchSummary = benchSummary;
        this.slots = slots;
        this.tasks = tasks;
        this.notice = notice;
        this.powerCycle = new SlotPowerCycle(PortPower.NONE, tasks, notice, actions::refresh);
        this.controller = new BenchController(this, restores, attempts, slots, tasks, firmware, builds, technician, notice);
        defineActions();
        JPopupMenu tileMenu = actions.popup(StationAction.ASSIGN_TICKET,
                StationAction.CUSTOMER_NOTE, StationAction.UPDATE, StationAction.ERASE, StationAction.CHOOSE_BUILD,
                StationAction.CANCEL, StationAction.ENGINE_LOG, StationAction.FIX_APPLIED, StationAction.RETRY,
                StationAction.CLEAR, StationAction.DEVICE_HISTORY, StationAction.PRINT_LABEL, StationAction.REPORT, StationAction.GUIDE_DFU,
                StationAction.POWER_CYCLE);
        hideWhenUnavailable(tileMenu, StationAction.POWER_CYCLE);
        tiles = new BenchPanel(demo, selection -> selectionChanged(), tileMenu, () -> filterBar.select(BenchFilter.ALL));
        fixes = new FixesPanel(actions.get(StationAction.RETRY), actions.get(StationAction.GUIDE_DFU), controller::markFixes);
        JScrollPane side = new JScrollPane(fixes);
        side.setName("fixes-scroller");
        side.putClientProperty("FlatLaf.style", "border: 0,1,0,0,$Component.borderColor");
        queuePanel = new QueuePanel(restores, tasks);
        JPanel middle = new JPanel(new BorderLayout());
        middle.add(filterBar, BorderLayout.NORTH);
        middle.add(tiles, BorderLayout.CENTER);
        middle.add(queuePanel, BorderLayout.SOUTH);
        add(top(toolbar()), BorderLayout.NORTH);
        add(middle, BorderLayout.CENTER);
        add(side, BorderLayout.EAST);
        actions.refresh();
    }

    /** Puts the keyboard on the tiles, where the arrow keys move the selection. */
    public void focusTiles() {
        tiles.focusGrid();
    }

    public BenchController controller() {
        return controller;
    }

    /** How deep a slot may sit behind hubs before it is warned about, as the settings have it now. */
    public void hubLayout(HubLayout layout) {
        hubLayout = layout;
        tiles.layout(layout);
        selectionChanged();
    }

    public QueuePanel queuePanel() {
        return queuePanel;
    }

    public void applyBench(BenchSnapshot bench) {
        controller.applyBench(bench);
        if (calibration != null && calibration.isDisplayable()) {
            calibration.benchChanged(bench);
        }
        if (dfuGuide != null && dfuGuide.isDisplayable()) {
            dfuGuide.benchChanged(bench);
        }
        powerCycle.benchChanged(bench);
    }

    /** How slots' USB ports are turned off and on, where their hubs allow it. */
    public void portPower(PortPower power) {
        powerCycle = new SlotPowerCycle(power, tasks, notice, actions::refresh);
        controller.model().lastBench().ifPresent(powerCycle::benchChanged);
    }

    /** The tile menu shows the action's item only while the action can be done for the selection. */
    private void hideWhenUnavailable(JPopupMenu menu, StationAction id) {
        javax.swing.Action action = actions.get(id);
        for (Component item : menu.getComponents()) {
            if (item instanceof JMenuItem menuItem && menuItem.getAction() == action) {
                menuItem.setName("tile-menu-" + id.name().toLowerCase(java.util.Locale.ROOT));
                menuItem.setVisible(action.isEnabled());
                action.addPropertyChangeListener(change -> menuItem.setVisible(action.isEnabled()));
            }
        }
    }

    private Optional<SlotTile> singleTile() {
        List<SlotTile> selected = tiles.selected();
        return selected.size() == 1 && selected.get(0).present() ? Optional.of(selected.get(0)) : Optional.empty();
    }

    /** Each device family's way into DFU, for "Guide into DFU…". */
    public void buttonGuides(ButtonGuides buttonGuides) {
        guides = buttonGuides;
        actions.refresh();
    }

    /**
     * The selected tile's device and its family's guide, when exactly one tile with a known model is
     * selected and no restore is past the queue on it.
     */
    private Optional<Map.Entry<SlotTile, ButtonGuide>> guideForSelected() {
        List<SlotTile> selected = tiles.selected();
        if (selected.size() != 1 || !selected.get(0).present()) {
            return Optional.empty();
        }
        SlotTile tile = selected.get(0);
        if (tile.job() instanceof JobState.Running running && running.update().phase() != RestorePhase.QUEUED) {
            return Optional.empty(); // the buttons would break the restore the engine is doing
        }
        return guides.forProductType(tile.device().productType()).map(guide -> Map.entry(tile, guide));
    }

    private void guideIntoDfu() {
        guideForSelected().ifPresent(chosen -> {
            if (dfuGuide != null) {
                dfuGuide.dispose();
            }
            SlotTile tile = chosen.getKey();
            String device = tile.device().name() == null ? tile.device().productType() : tile.device().name();
            dfuGuide = new DfuGuideDialog(SwingUtilities.getWindowAncestor(this), tile.slot(), device, chosen.getValue(),
                    () -> controller.model().lastBench().orElse(BenchSnapshot.empty(ServiceState.UNKNOWN)));
            dfuGuide.setVisible(true);
            dfuGuide.start();
        });
    }

    /** Shows the tiles the filter lets through; the counts and the status bar speak for all of them. */
    @Override
    public void show(List<SlotTile> shown) {
        BenchFilter filter = filterBar.current();
        filterBar.count(shown);
        List<SlotTile> visible = filter == BenchFilter.ALL ? shown : shown.stream().filter(filter::shows).toList();
        tiles.show(visible, filter == BenchFilter.ALL || shown.isEmpty() ? null : filter.nothingShown());
        selectionChanged();
        benchSummary.accept(BenchSummary.of(shown, ZoneId.systemDefault()));
    }

    @Override
    public List<SlotTile> selected() {
        return tiles.selected();
    }

    @Override
    public void select(String slotKey) {
        tiles.select(slotKey);
    }

    @Override
    public Optional<String> focusedTile() {
        return tiles.focused();
    }

    @Override
    public void scanOutcome(boolean refused, String... forms) {
        scanField.show(refused, forms);
    }

    @Override
    public boolean confirmReplace(SlotTile tile, Ticket ticket) {
        return BenchQuestions.replace(this, tile, ticket);
    }

    @Override
    public boolean confirmCancel(List<SlotTile> running) {
        return BenchQuestions.cancel(this, running);
    }

    @Override
    public boolean confirmErase(List<SlotTile> erase) {
        return EraseConfirmation.confirm(this, erase);
    }

    @Override
    public Optional<String> askNote(Ticket ticket, String current) {
        return NoteDialog.ask(SwingUtilities.getWindowAncestor(this), ticket, current);
    }

    @Override
    public void showEngineLog(String title, String log) {
        EngineLogWindow.open(SwingUtilities.getWindowAncestor(this), title, "engine-log", null, tasks).showLog(log, List.of());
    }

    @Override
    public void calibrate(int suggestedSlots, Runnable onTaught) {
        if (calibration != null && calibration.isDisplayable()) {
            calibration.toFront();
            return;
        }
        calibration = new CalibrationDialog(SwingUtilities.getWindowAncestor(this), slots, tasks,
                () -> controller.model().lastBench().orElse(BenchSnapshot.empty(ServiceState.UNKNOWN)), suggestedSlots,
                onTaught);
        calibration.setVisible(true);
    }

    @Override
    public Optional<BuildOption> chooseBuild(List<SlotTile> chosenFor, List<BuildOption> choices) {
        return BuildDialog.choose(SwingUtilities.getWindowAncestor(this), chosenFor, choices);
    }

    @Override
    public void restoreEnded(SlotTile tile) {
        Announcement.of(tile).ifPresent(announcement -> alerts.announce(announcement, SwingUtilities.getWindowAncestor(this)));
        if (tileLabels != null && tile.job() instanceof JobState.Succeeded ok
                && ok.verification() != null && ok.verification().result() == Verification.Result.VERIFIED) {
            tileLabels.verified(tile, ok.attemptId());
        }
    }

    /** Whether a restore that ends notifies and chimes (Settings). */
    public void finishAlerts(boolean enabled) {
        alerts.enabled(enabled);
    }

    @Override
    public boolean confirmUncheckedErase(List<SlotTile> tiles, String why) {
        return BenchQuestions.uncheckedErase(this, tiles, why);
    }

    /**
     * Shows the fixes of a single failed tile. Ticking a fix changes the tile but not its failure,
     * so the panel stays as it is; when the panel empties under the keyboard (after Retry, say)
     * the keyboard goes back to the tiles, not to whatever comes next in the window.
     */
    private void selectionChanged() {
        List<SlotTile> selected = tiles.selected();
        SlotTile single = selected.size() == 1 ? selected.get(0) : null;
        fixes.hubWarning(single == null || single.device() == null ? null
                : PortWarning.of(hubLayout, single.device()).map(PortWarning::advice).orElse(null));
        Component focus = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        boolean keyboardInFixes = focus != null && SwingUtilities.isDescendingFrom(focus, fixes);
        if (single == null || !(single.job() instanceof JobState.Failed)) {
            if (fixesShownFor != null) {
                fixes.showNothing();
            }
            fixesShownFor = null;
        } else if (fixesShownFor == null || !single.key().equals(fixesShownFor.key())
                || !single.job().equals(fixesShownFor.job())) {
            fixes.show(single);
            fixesShownFor = single;
        } else {
            keyboardInFixes = false;
        }
        if (keyboardInFixes) {
            tiles.focusGrid();
        }
        actions.refresh();
    }

    private void defineActions() {
        actions.define(StationAction.ASSIGN_TICKET, this::assignTicket, () -> true);
        actions.define(StationAction.CUSTOMER_NOTE, controller::noteSelected, controller::canNote);
        actions.define(StationAction.UPDATE, () -> controller.restoreSelected(RestoreKind.UPDATE), controller::canRestore);
        actions.define(StationAction.ERASE, () -> controller.restoreSelected(RestoreKind.ERASE), controller::canRestore);
        actions.define(StationAction.CHOOSE_BUILD, controller::chooseBuild, controller::canChooseBuild);
        actions.define(StationAction.CANCEL, controller::cancelSelected, controller::canCancel);
        actions.define(StationAction.CLEAR, controller::clearSelected, controller::canClear);
        actions.define(StationAction.ENGINE_LOG, controller::showEngineLog, controller::canShowLog);
        actions.define(StationAction.FIX_APPLIED, () -> fixes.focusFirstFix(), controller::canRetry);
        actions.define(StationAction.RETRY, controller::retrySelected, controller::canRetry);
        actions.define(StationAction.SELECT_ALL, () -> tiles.selectAll(), () -> true);
        actions.define(StationAction.SCAN_TICKET, scanField::focusField, () -> true);
        actions.define(StationAction.CALIBRATE, controller::calibrate, () -> true);
        actions.define(StationAction.GUIDE_DFU, this::guideIntoDfu, () -> guideForSelected().isPresent());
        actions.define(StationAction.POWER_CYCLE, () -> singleTile().ifPresent(tile -> powerCycle.cycle(tile)),
                () -> singleTile().filter(tile -> powerCycle.canCycle(tile)).isPresent());
        actions.define(StationAction.UPDATE_ALL_READY, controller::updateAllReady, controller::canUpdateAllReady);
        actions.define(StationAction.RETRY_USB_FAILURES, controller::retryUsbFailures, controller::canRetryUsbFailures);
        actions.define(StationAction.CLEAR_FINISHED, controller::clearFinished, controller::canClearFinished);
        actions.define(StationAction.PRINT_LABEL, () -> labelled().ifPresent(tile ->
                tileLabels.choose(this, tile, BenchController.attemptOf(tile).orElseThrow())), () -> labelled().isPresent());
        actions.define(StationAction.REPORT, () -> reported().ifPresent(tile -> tileReports.choose(this, tile)),
                () -> reported().isPresent());
        actions.define(StationAction.DEVICE_HISTORY, () -> selectedPhone().ifPresent(ecid -> deviceHistory.accept(ecid)),
                () -> deviceHistory != NO_HISTORY && selectedPhone().isPresent());
    }

    /**
     * How device labels are printed and reports written from the tiles, and where a label that
     * cannot be printed is saved; the window sets it.
     */
    public void documents(DeviceLabels labels, TicketReports reports, Supplier<LabelPrinting> settings, Path folder) {
        tileLabels = new TileLabels(labels, attempts, tasks, settings, folder, notice);
        tileReports = new TileReports(reports, tasks, notice);
        actions.refresh();
    }

    private Optional<SlotTile> reported() {
        return labelled().filter(tile -> tile.ticket() != null);
    }

    private Optional<SlotTile> labelled() {
        List<SlotTile> selected = tiles.selected();
        return tileLabels != null && selected.size() == 1 && BenchController.attemptOf(selected.get(0)).isPresent()
                ? Optional.of(selected.get(0)) : Optional.empty();
    }

    /** Where "Device history" shows a device's attempts; the window sets it. */
    public void onDeviceHistory(Consumer<Ecid> show) {
        deviceHistory = show;
        actions.refresh();
    }

    private Optional<Ecid> selectedPhone() {
        List<SlotTile> selected = tiles.selected();
        return selected.size() == 1 ? controller.model().phoneIn(selected.get(0).key()) : Optional.empty();
    }

    private void assignTicket() {
        if (scanField.text().isEmpty()) {
            scanField.focusField();
            return;
        }
        controller.assignTicket(scanField.text());
        scanField.clear();
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.setName("bench-toolbar");
        for (StationAction id : new StationAction[] {StationAction.ASSIGN_TICKET, StationAction.CUSTOMER_NOTE,
            StationAction.UPDATE, StationAction.ERASE, StationAction.CANCEL, StationAction.ENGINE_LOG,
            StationAction.FIX_APPLIED}) {
            bar.add(actions.button(id));
        }
        return bar;
    }

    /** The actions, and the barcode field beside them, or under them when the window is too narrow for both. */
    private JPanel top(JToolBar bar) {
        JPanel top = new JPanel(new MigLayout("insets 0, gap 0", "[][grow,fill]"));
        top.add(bar);
        top.add(scanField);
        top.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                boolean oneRow = top.getWidth() >= bar.getPreferredSize().width + UIScale.scale(ScanField.LEAST_WIDTH + 12);
                ((MigLayout) top.getLayout()).setComponentConstraints(scanField, oneRow ? "" : "newline, spanx 2, growx");
                top.revalidate();
            }
        });
        return top;
    }
}
