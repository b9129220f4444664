package dev.restorestation.gui.history;

import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptCsv;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.history.TicketReports;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.EngineLogReader;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.CutTextTable;
import dev.restorestation.gui.HeadingSorter;
import dev.restorestation.gui.NoteDialog;
import dev.restorestation.gui.SaveAs;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import dev.restorestation.gui.WholeColumns;
import java.awt.CardLayout;
import java.awt.event.HierarchyEvent;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * The history area: search by ticket, ECID or date; the attempts as a timeline with outcome,
 * error and fixes tried; one attempt in full with its engine log; export to CSV. Every read
 * runs in the background. The first time it is shown it lists the last seven days.
 */
public final class HistoryArea extends JPanel {

    /** A wide product type and ECID as the device column writes them. */
    private static final String WIDE_DEVICE = "iPhone10,3 …15609D";

    private final AttemptLog log;
    private final EngineLogReader logReader;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final Function<String, Optional<Path>> chooseCsvFile;
    private final SearchForm form = new SearchForm(this::search);
    private final JLabel heading = new JLabel(" ");
    private final AttemptsModel model;
    private final JTable table;
    private final CardLayout cards = new CardLayout();
    private final JPanel results = new JPanel(cards);
    private final JLabel empty = new JLabel();
    private final AttemptDetails details;
    private final JButton export = new JButton(Texts.text("history.export"));
    private final JLabel message = new JLabel(" ");
    private final ReportAction report;
    private final LabelAction label;
    private HistoryQuery current;
    private long generation;

    /** @param logReader finds the lines of a kept engine log that decided its diagnosis, to highlight them */
    public HistoryArea(AttemptLog log, EngineLogReader logReader, TicketReports reports, DeviceLabels labels,
                       FixNames fixNames, TaskExecutor tasks) {
        this(log, logReader, reports, labels, fixNames, tasks, Clock.systemDefaultZone(), null);
    }

    /** @param chooseCsvFile asks where to save, given a suggested name; null for a file chooser */
    HistoryArea(AttemptLog log, EngineLogReader logReader, TicketReports reports, DeviceLabels labels,
                FixNames fixNames, TaskExecutor tasks, Clock clock, Function<String, Optional<Path>> chooseCsvFile) {
        super(new MigLayout("insets 16 24 12 24, fill, wrap", "[grow, fill]", "[][][grow, fill][][]"));
        this.log = log;
        this.logReader = logReader;
        this.tasks = tasks;
        this.clock = clock;
        this.chooseCsvFile = chooseCsvFile != null ? chooseCsvFile : this::chooseFile;
        this.report = new ReportAction(reports, tasks, attempt -> ReportDialog.choose(this, attempt.ticket(),
                attempt.customerNote() != null), this::say);
        this.label = new LabelAction(labels, tasks, (attempt, printers) -> LabelDialog.choose(this, attempt, printers, LabelSize.DEFAULT),
                this::say);
        this.model = new AttemptsModel(clock.getZone(), fixNames);
        this.table = new CutTextTable(model);
        this.details = new AttemptDetails(clock.getZone(), fixNames, this::showEngineLog,
                attempt -> showTicket(attempt.ticket()), this::editNote);
        setName("area-history");
        table.setName("history-table");
        table.setRowSorter(new HeadingSorter<>(model));
        heading.setName("history-heading");
        empty.setName("history-empty");
        export.setName("history-export");
        message.setName("history-message");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(AttemptsModel.OUTCOME).setCellRenderer(new OutcomeRenderer());
        AttemptsModel.WIDTHS.forEach((column, width) ->
                table.getColumnModel().getColumn(column).setPreferredWidth(UIScale.scale(width)));
        keepWhole();
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            RestoreAttempt selected = row < 0 ? null : model.attemptAt(table.convertRowIndexToModel(row));
            details.show(selected);
            report.select(selected);
            label.select(selected);
        });
        empty.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        JPanel emptyPanel = new JPanel(new MigLayout("insets 16", "[grow]"));
        emptyPanel.add(empty, "wmin 0");
        results.add(new JScrollPane(table), "table");
        results.add(emptyPanel, "empty");

        JLabel title = new JLabel(Texts.text("history.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "split 5, growx 0, aligny top");
        add(form, "gapleft 24, aligny top");
        add(label.button(), "gapleft push, growx 0, aligny top");
        add(report.button(), "growx 0, aligny top");
        add(export, "growx 0, aligny top");
        heading.putClientProperty("FlatLaf.styleClass", "h4");
        add(heading, "wmin 0");
        add(results, "hmin 120");
        add(details, "wmin 0");
        add(message, "wmin 0");
        export.setMnemonic('E');
        export.addActionListener(e -> exportCsv());
        export.setEnabled(false);

        addHierarchyListener(event -> {
            if ((event.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && isShowing() && current == null) {
                LocalDate today = LocalDate.now(clock);
                HistoryQuery lastWeek = new HistoryQuery.ByDays(today.minusDays(6), today);
                form.show(lastWeek);
                search(lastWeek);
            }
        });
    }

    /**
     * The short columns keep their name and words whole in every language ("Compilación",
     * "Fehlgeschlagen"), the start and the device a wide one's; the error and fixes columns give way in a
     * narrow window (the details under the table show them whole).
     */
    private void keepWhole() {
        Map<Integer, List<String>> words = Map.of(
                AttemptsModel.STARTED, List.of(AttemptText.started(LocalDateTime.of(2026, 12, 28, 23, 58))),
                AttemptsModel.SLOT, List.of(),
                AttemptsModel.DEVICE, List.of(WIDE_DEVICE),
                AttemptsModel.KIND, Arrays.stream(RestoreKind.values()).map(AttemptText::kind).toList(),
                AttemptsModel.BUILD, List.of(),
                AttemptsModel.OUTCOME, Arrays.stream(AttemptOutcome.values()).map(AttemptText::outcome).toList(),
                AttemptsModel.TOOK, List.of());
        WholeColumns.keep(table, words);
    }

    /** Shows one ticket's timeline, e.g. from a tile on the bench. */
    public void showTicket(Ticket ticket) {
        HistoryQuery query = new HistoryQuery.ByTicket(ticket);
        form.show(query);
        search(query);
    }

    /** Shows every attempt on one device, across its tickets, e.g. from a tile on the bench. */
    public void showDevice(Ecid ecid) {
        HistoryQuery query = new HistoryQuery.ByDevice(ecid);
        form.show(query);
        search(query);
    }

    void search(HistoryQuery query) {
        UiThread.requireEdt();
        current = query;
        long asked = ++generation;
        heading.setText(query.describe() + " — " + Texts.text("history.searching"));
        UiTask.run(tasks, "history: " + query.describe(), context -> query.run(log, clock.getZone()), attempts -> {
            if (asked == generation) {
                show(query, attempts);
            }
        }, failure -> {
            if (asked == generation) {
                heading.setText(query.describe());
                say(Texts.text("history.notRead", UiTask.describe(failure)), true);
            }
        });
    }

    SearchForm form() {
        return form;
    }

    JTable table() {
        return table;
    }

    AttemptsModel model() {
        return model;
    }

    AttemptDetails details() {
        return details;
    }

    String headingText() {
        return heading.getText();
    }

    String emptyText() {
        return empty.isShowing() || model.getRowCount() == 0 ? empty.getText() : "";
    }

    String message() {
        return message.getText();
    }

    /** Writes the attempts shown now to {@code file}, in the background; the message line tells how it went. */
    public void exportTo(Path file) {
        List<RestoreAttempt> attempts = model.attempts();
        UiTask.run(tasks, "export history", context -> {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                AttemptCsv.write(attempts, out);
            }
            return attempts.size();
        }, count -> say(Texts.text("history.exported", count, file), false),
                failure -> say(Texts.text("history.notExported", file, UiTask.describe(failure)), true));
    }

    /** Writes the report of the selected attempt's ticket to {@code pdf}, in the background. */
    public void reportTo(Path pdf, boolean withNote) {
        report.write(pdf, withNote);
    }

    /** Prints the label of the selected attempt on {@code printer}, in the background. */
    public void printLabel(LabelSize size, String printer) {
        label.deliver(new LabelDialog.Choice(size, printer, null));
    }

    /** Saves the label of the selected attempt as {@code pdf}, in the background. */
    public void saveLabel(LabelSize size, Path pdf) {
        label.deliver(new LabelDialog.Choice(size, null, pdf));
    }

    private void show(HistoryQuery query, List<RestoreAttempt> attempts) {
        model.show(attempts);
        heading.setText(query.describe() + " — " + AttemptText.summary(attempts));
        empty.setText(Texts.text(switch (query.kind()) {
            case TICKET -> "history.none.ticket";
            case ECID, SERIAL -> "history.none.device";
            case SLOT -> "history.none.slot";
            case DATE -> "history.none.days";
            case ALL -> "history.none.all";
        }));
        cards.show(results, attempts.isEmpty() ? "empty" : "table");
        export.setEnabled(!attempts.isEmpty());
        if (!attempts.isEmpty()) {
            int last = table.convertRowIndexToView(attempts.size() - 1);
            table.setRowSelectionInterval(last, last);
            table.scrollRectToVisible(table.getCellRect(last, 0, true));
        } else {
            details.show(null);
        }
        say(" ", false);
    }

    private void exportCsv() {
        String name = SaveAs.safeName(current.text());
        chooseCsvFile.apply(name.isEmpty() ? "history.csv" : "history-" + name + ".csv").ifPresent(this::exportTo);
    }

    private Optional<Path> chooseFile(String suggested) {
        return new SaveAs(Texts.text("history.export.title"), suggested, "csv").ask(this);
    }

    private void editNote(RestoreAttempt attempt) {
        NoteDialog.ask(SwingUtilities.getWindowAncestor(this), attempt.ticket(), attempt.customerNote())
                .ifPresent(text -> saveNote(attempt.ticket(), text));
    }

    /** Keeps the note on the ticket in the background, then shows it on the ticket's attempts listed. */
    void saveNote(Ticket ticket, String text) {
        String note;
        try {
            note = Ticket.checkedNote(text);
        } catch (IllegalArgumentException e) {
            say(Texts.text("history.noteNotSaved", UiTask.describe(e)), true);
            return;
        }
        UiTask.run(tasks, "note ticket " + ticket, context -> {
            log.noteTicket(ticket, note);
            return ticket;
        }, done -> {
            int row = table.getSelectedRow();
            model.show(model.attempts().stream()
                    .map(attempt -> attempt.ticket().equals(ticket) ? attempt.withCustomerNote(note) : attempt)
                    .toList());
            if (row >= 0 && row < table.getRowCount()) {
                table.setRowSelectionInterval(row, row);
            }
            say(Texts.text(note == null ? "history.noteRemoved" : "history.noteSaved", ticket.id()), false);
        }, failure -> say(Texts.text("history.noteFailed", UiTask.describe(failure)), true));
    }

    private void showEngineLog(RestoreAttempt attempt) {
        EngineLogViewer.open(SwingUtilities.getWindowAncestor(this), attempt, log, logReader, tasks);
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.putClientProperty("FlatLaf.style",
                problem ? "foreground: $Station.text.failed" : "foreground: $Station.text.secondary");
    }

}
