package dev.restorestation.app.areas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.report.LabelPrinter;
import dev.restorestation.app.report.QrCodes;
import dev.restorestation.app.report.TicketReportWriter;
import dev.restorestation.app.text.KnowledgeFixNames;
import dev.restorestation.core.history.AttemptCsv;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.core.text.DurationText;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.history.HistoryArea;
import dev.restorestation.gui.testing.Hands;
import dev.restorestation.gui.testing.Ui;
import dev.restorestation.restore.log.EngineLogClassifier;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history area on a real H2 history: searches, the timeline, the details, the CSV export. */
class HistoryAreaTest {

    @TempDir
    Path dir;

    private final LabelPrinter labels = new LabelPrinter();
    private ShopDay shop;
    private ThreadPoolTaskExecutor tasks;
    private HistoryArea area;

    @BeforeEach
    void openTheArea() throws Exception {
        shop = ShopDay.open(dir.resolve("history")).ticketsOfTheWeek();
        tasks = new ThreadPoolTaskExecutor("history-area-test", 2);
        TicketReportWriter reports = new TicketReportWriter(shop.database, dir.resolve("firmware"),
                dir.resolve("firmware-seals.json"), StationSettings::defaults, "test");
        area = Ui.onEdt(() -> new HistoryArea(shop.log(), EngineLogClassifier::evidenceLines, reports, labels,
                KnowledgeFixNames.bundled(), tasks));
    }

    @AfterEach
    void close() {
        // a set-up that failed part-way leaves these null; its own failure is the one to see
        if (tasks != null) {
            tasks.close();
        }
        if (shop != null) {
            shop.database.close();
        }
    }

    @Test
    void aTicketsTimelineShowsEachAttemptWithOutcomeErrorAndFixesTriedInWords() throws Exception {
        search("Ticket", "R-1042");

        assertThat(heading()).isEqualTo("Ticket R-1042 — 3 attempts: 1 succeeded, 2 failed");
        JTable table = Ui.find(area, "history-table");
        assertThat(Ui.onEdt(() -> List.of(cell(table, 0, 6), cell(table, 0, 7), cell(table, 0, 8), cell(table, 0, 9))))
                .containsExactly("FAILED", "USB connection (4013)", "", "3 min");
        assertThat(Ui.onEdt(() -> List.of(cell(table, 1, 7), cell(table, 1, 8))))
                .containsExactly("USB connection (4013)", "Swap to another Apple or MFi-certified cable");
        assertThat(Ui.onEdt(() -> List.of(cell(table, 2, 6), cell(table, 2, 8), cell(table, 2, 2))))
                .containsExactly("SUCCEEDED", "Plug straight into a rear port of the computer, bypassing the hub", "5");

        assertThat(Ui.onEdt(table::getSelectedRow)).as("the latest attempt is selected").isEqualTo(2);
        assertThat(label("history-details-outcome")).isEqualTo("Succeeded after 13 min");
        assertThat(label("history-details-fixes")).isEqualTo("Fixes applied before this attempt: "
                + "Plug straight into a rear port of the computer, bypassing the hub");
        Ui.run(() -> table.setRowSelectionInterval(0, 0));
        assertThat(label("history-details-outcome")).isEqualTo("Failed after 3 min: USB connection (4013) · engine status -1");
    }

    @Test
    void theTicketsNoteIsShownAndTheTechnicianCanChangeIt() throws Exception {
        HostRequirement.require(!GraphicsEnvironment.isHeadless(), "a display for the note dialog (DISPLAY, e.g. Xvfb)");
        search("Ticket", "R-1042");
        assertThat(note())
                .isEqualTo("Customer note on the ticket: Dropped in water; customer wants the photos kept");

        SwingUtilities.invokeLater(() -> ((AbstractButton) Ui.find(area, "history-note-button")).doClick());
        JTextArea text = Ui.await(HistoryAreaTest::noteField, field -> field != null, 10);
        String shownInTheDialog = Ui.onEdt(text::getText);
        assertThat(shownInTheDialog).isEqualTo("Dropped in water; customer wants the photos kept");
        assertThat(Ui.await(text::isFocusOwner, focused -> focused, 10)).as("the keyboard starts in the note").isTrue();
        Hands hands = new Hands();
        hands.chord(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        hands.type("Customer collects Friday; erase is fine now");
        hands.chord(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        Ui.await(() -> label("history-message"), message -> message.startsWith("Note saved"), 10);

        assertThat(label("history-message")).isEqualTo("Note saved on ticket R-1042");
        assertThat(note())
                .isEqualTo("Customer note on the ticket: Customer collects Friday; erase is fine now");
        assertThat(shop.log().forTicket(new Ticket("R-1042"))).extracting(RestoreAttempt::customerNote)
                .containsOnly("Customer collects Friday; erase is fine now");
        assertThat(shop.log().forTicket(new Ticket(ShopDay.HOSTILE_TICKET))).extracting(RestoreAttempt::customerNote)
                .as("other tickets keep theirs").containsOnly("Dropped in water; customer wants the photos kept");
    }

    private String note() throws Exception {
        return Ui.onEdt(() -> ((JTextArea) Ui.find(area, "history-details-note")).getText());
    }

    private static JTextArea noteField() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && Ui.findOrNull(window, "note-text") instanceof JTextArea field) {
                return field;
            }
        }
        return null;
    }

    @Test
    void aDeviceIsFollowedAcrossTickets() throws Exception {
        search("ECID", "0x1A2B3C4D5E6F70");

        assertThat(heading()).isEqualTo("Device with ECID 001A2B3C4D5E6F70 — 4 attempts: 2 succeeded, 2 failed");
        JTable table = Ui.find(area, "history-table");
        assertThat(Ui.onEdt(() -> cell(table, 3, 1))).isEqualTo(ShopDay.HOSTILE_TICKET);
    }

    @Test
    void aClickOnAHeadingSortsByWhatTheColumnMeansAndTheThirdGoesBackToTheTimeline() throws Exception {
        HostRequirement.require(!GraphicsEnvironment.isHeadless(), "a display to click the table's headings (DISPLAY, e.g. Xvfb)");
        search("ECID", "0x1A2B3C4D5E6F70");
        JFrame frame = showInAWindow(1500, 700);
        try {
            JTable table = Ui.find(area, "history-table");
            Ui.await(table::isShowing, showing -> showing, 10);
            List<String> timeline = column(table, 0);
            List<String> took = column(table, 9);
            Comparator<RestoreAttempt> byTook = Comparator.comparing(HistoryAreaTest::took);
            List<String> shortestFirst = tookShown(shop.log().forDevice(ShopDay.IPHONE), byTook);
            assertThat(took).as("the timeline is not already in that order").isNotEqualTo(shortestFirst);
            String selected = label("history-details-outcome");
            Hands hands = new Hands();
            Rectangle tookHeading = Ui.onEdt(() -> table.getTableHeader().getHeaderRect(9));

            hands.click(table.getTableHeader(), tookHeading);
            assertThat(column(table, 9)).as("by duration, where the text puts 13 min before 3 min").isEqualTo(shortestFirst);
            assertThat(label("history-details-outcome")).as("the same attempt stays selected").isEqualTo(selected);

            waitOutADoubleClick();
            hands.click(table.getTableHeader(), tookHeading);
            assertThat(column(table, 9)).isEqualTo(tookShown(shop.log().forDevice(ShopDay.IPHONE), byTook.reversed()));

            waitOutADoubleClick();
            hands.click(table.getTableHeader(), tookHeading);
            assertThat(column(table, 0)).isEqualTo(timeline);
        } finally {
            Ui.run(frame::dispose);
        }
    }

    @Test
    void theKeptEngineLogOpensAtItsDecidingLinesIsSearchedAndSavedByteForByte() throws Exception {
        HostRequirement.require(!GraphicsEnvironment.isHeadless(), "a display for the engine log (DISPLAY, e.g. Xvfb)");
        search("Ticket", "R-1042");
        JTable table = Ui.find(area, "history-table");
        Ui.run(() -> table.setRowSelectionInterval(0, 0));
        JFrame frame = showInAWindow(1280, 800);
        try {
            Hands hands = new Hands();
            hands.click(Ui.find(area, "history-engine-log-button"));
            JTextArea text = Ui.await(() -> shownLog(), shown -> shown != null && shown.getText().equals(ShopDay.USB_LOG), 20);
            Window log = Ui.onEdt(() -> SwingUtilities.getWindowAncestor(text));
            assertThat(Ui.onEdt(() -> ((JLabel) Ui.find(log, "engine-log-evidence")).getText()))
                    .as("the classifier's deciding lines").startsWith("Highlighted: the ");
            int decidingLines = Ui.onEdt(() -> text.getHighlighter().getHighlights().length);
            assertThat(decidingLines).isPositive();

            hands.chord(KeyEvent.VK_CONTROL, KeyEvent.VK_F);
            hands.type("ibec");
            JLabel matches = Ui.find(log, "engine-log-matches");
            assertThat(Ui.onEdt(matches::getText)).isEqualTo("2 matches");
            hands.chord(KeyEvent.VK_ENTER);
            assertThat(Ui.onEdt(text::getSelectedText)).isEqualTo("iBEC");

            hands.click(Ui.find(log, "engine-log-save"));
            Window chooser = Ui.await(HistoryAreaTest::saveDialog, found -> found != null, 10);
            Path file = dir.resolve("r-1042.log");
            hands.chord(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
            hands.type(file + "\n");
            String saved = Ui.await(matches::getText, said -> said.startsWith("Saved"), 10);
            assertThat(saved).isEqualTo("Saved to " + file);
            assertThat(Ui.onEdt(chooser::isShowing)).isFalse();
            assertThat(Files.readAllBytes(file)).isEqualTo(shop.log().engineLog(
                    shop.log().forTicket(new Ticket("R-1042")).get(0).id()).getBytes(StandardCharsets.UTF_8));

            hands.chord(KeyEvent.VK_ESCAPE);
            assertThat(Ui.await(log::isShowing, showing -> !showing, 10)).isFalse();
        } finally {
            Ui.run(frame::dispose);
        }
    }

    private static JTextArea shownLog() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && Ui.findOrNull(window, "engine-log-text") instanceof JTextArea text) {
                return text;
            }
        }
        return null;
    }

    private static Window saveDialog() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window instanceof java.awt.Dialog dialog && "Save the engine log".equals(dialog.getTitle())) {
                return window;
            }
        }
        return null;
    }

    @Test
    void aDaySearchShowsThatDaysAttemptsOnlyAndARangeIncludesBothEnds() throws Exception {
        search("Date", shop.today.toString());

        assertThat(heading()).isEqualTo("Attempts on " + shop.today + " — 3 attempts: 2 succeeded, 1 failed");

        search("Date", shop.today.minusDays(3) + " to " + shop.today.minusDays(1));
        assertThat(heading()).isEqualTo("Attempts from " + shop.today.minusDays(3) + " to " + shop.today.minusDays(1)
                + " — 2 attempts: 0 succeeded, 2 failed");
    }

    @Test
    void aTicketWithNoAttemptsSaysSoAndABadEcidIsExplained() throws Exception {
        search("Ticket", "R-9999");
        assertThat(heading()).isEqualTo("Ticket R-9999 — 0 attempts");
        assertThat(label("history-empty")).startsWith("No attempt was recorded for this ticket yet");
        assertThat(Ui.onEdt(() -> ((AbstractButton) Ui.find(area, "history-export")).isEnabled())).isFalse();

        Ui.run(() -> {
            ((JComboBox<?>) Ui.find(area, "history-kind")).setSelectedIndex(1);
            JTextField text = Ui.find(area, "history-text");
            text.setText("not hex");
            text.postActionEvent();
        });
        assertThat(label("history-problem")).startsWith("not an ECID: 'not hex'");
        assertThat(heading()).as("the last good result stays").startsWith("Ticket R-9999");
    }

    @Test
    void theExportIsCsvASpreadsheetOpensSafely() throws Exception {
        search("ECID", "0x1A2B3C4D5E6F70");
        Path file = dir.resolve("history.csv");

        Ui.run(() -> area.exportTo(file));
        Ui.await(() -> label("history-message"), text -> text.startsWith("Exported"), 10);

        assertThat(label("history-message")).isEqualTo("Exported 4 attempts to " + file);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,ticket,ecid,productType,slot,build,mode,engine,technician,startedAt,endedAt,"
                + "outcome,appleCode,statusCode,category,summary,fixesApplied,serialNumber,customerNote,verification,"
                + "verifiedAt,deviceBuild,deviceVersion,activationState\r\n");
        assertThat(csv.lines()).hasSize(5);
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"R-1\"\")\",0x1A2B3C4D5E6F70,");
        assertThat(csv).contains(",FAILED,4013,-1,usb-connection,The USB connection dropped while the device was restoring,,"
                + "F5E6F70Q1,Dropped in water; customer wants the photos kept,,,,,\r\n");

        StringWriter command = new StringWriter();
        AttemptCsv.write(shop.log().forDevice(ShopDay.IPHONE).stream()
                .sorted(Comparator.comparing(RestoreAttempt::startedAt)).toList(), new PrintWriter(command));
        assertThat(csv.substring(1)).as("the same bytes as station history --csv").isEqualTo(command.toString());
    }

    @Test
    void oneExportedAttemptIsCountedInTheSingular() throws Exception {
        search("Ticket", "R-1043");
        Path file = dir.resolve("one.csv");

        Ui.run(() -> area.exportTo(file));

        assertThat(Ui.await(() -> label("history-message"), text -> text.startsWith("Exported"), 10))
                .isEqualTo("Exported 1 attempt to " + file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8).lines()).hasSize(2);
    }

    @Test
    void reportWritesTheSelectedTicketsReportInTheBackground() throws Exception {
        search("Ticket", "R-1042");
        assertThat(Ui.onEdt(() -> ((AbstractButton) Ui.find(area, "history-report")).isEnabled())).isTrue();
        Path pdf = dir.resolve("R-1042.pdf");

        Ui.run(() -> area.reportTo(pdf, false));
        Ui.await(() -> label("history-message"), text -> !text.isBlank(), 20);

        assertThat(label("history-message")).isEqualTo("Report of ticket R-1042 saved to " + pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Restore and erasure report", "R-1042")
                    .doesNotContain("Dropped in water");
        }
        assertThat(shop.database.issuedReports().find(TicketReportWriter.sha256(Files.readAllBytes(pdf)))).isPresent();
    }

    @Test
    void aLabelIsSavedAsAPdfWithTheTicketInItsQrCode() throws Exception {
        search("Ticket", "R-1042");
        assertThat(Ui.onEdt(() -> ((AbstractButton) Ui.find(area, "history-label")).isEnabled())).isTrue();
        Path pdf = dir.resolve("R-1042-label.pdf");

        Ui.run(() -> area.saveLabel(new LabelSize(57, 32), pdf));
        Ui.await(() -> label("history-message"), text -> !text.isBlank(), 20);

        assertThat(label("history-message")).isEqualTo("Label of ticket R-1042 (57×32 mm) saved to " + pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("R-1042", "Restored · not checked");
            assertThat(QrCodes.read(new PDFRenderer(document).renderImageWithDPI(0, 300))).isEqualTo("R-1042");
        }
    }

    @Test
    void aLabelForAPrinterThatIsNotThereSaysWhyOnTheMessageLine() throws Exception {
        search("Ticket", "R-1042");
        List<String> printers = labels.printers();

        Ui.run(() -> area.printLabel(LabelSize.DEFAULT, "No such printer"));
        Ui.await(() -> label("history-message"), text -> !text.isBlank(), 20);

        assertThat(label("history-message")).isEqualTo("Could not print the label of ticket R-1042: " + (printers.isEmpty()
                ? "this computer has no printer: save the label as a PDF instead"
                : "no printer 'No such printer' on this computer (there are: " + String.join(", ", printers) + ")"));
    }

    @Test
    void printLabelOffersThePrintersFoundOrSaysThereIsNone() throws Exception {
        HostRequirement.require(!GraphicsEnvironment.isHeadless(), "a display for the label dialog (DISPLAY, e.g. Xvfb)");
        search("Ticket", "R-1042");
        List<String> printers = labels.printers();

        SwingUtilities.invokeLater(() -> ((AbstractButton) Ui.find(area, "history-label")).doClick());
        Window dialog = Ui.await(HistoryAreaTest::labelDialog, found -> found != null, 20);

        if (printers.isEmpty()) {
            assertThat(Ui.onEdt(() -> ((JLabel) Ui.find(dialog, "label-no-printer")).getText()))
                    .isEqualTo("No printer on this computer: save the label as a PDF instead.");
            assertThat(Ui.onEdt(() -> Ui.findOrNull(dialog, "label-printer"))).isNull();
        } else {
            JComboBox<?> offered = Ui.onEdt(() -> Ui.find(dialog, "label-printer"));
            assertThat(Ui.onEdt(offered::getItemCount)).isEqualTo(printers.size());
        }
        JComboBox<?> sizes = Ui.onEdt(() -> Ui.find(dialog, "label-size"));
        assertThat(Ui.onEdt(() -> sizes.getItemAt(0).toString())).isEqualTo("62×29 mm");
        Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(new Robot().createScreenCapture(Ui.onEdt(dialog::getBounds)), "png",
                Path.of("target", "screenshots", "history-label-dialog.png").toFile());
        Ui.run(dialog::dispose);
    }

    private static Window labelDialog() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && Ui.findOrNull(window, "label-size") != null) {
                return window;
            }
        }
        return null;
    }

    private void search(String kind, String text) throws Exception {
        Ui.run(() -> {
            JComboBox<?> kinds = Ui.find(area, "history-kind");
            for (int i = 0; i < kinds.getItemCount(); i++) {
                if (kinds.getItemAt(i).toString().equals(kind)) {
                    kinds.setSelectedIndex(i);
                }
            }
            JTextField field = Ui.find(area, "history-text");
            field.setText(text);
            field.postActionEvent();
        });
        Ui.await(this::heading, heading -> !heading.endsWith("searching…"), 10);
    }

    private String heading() throws Exception {
        return label("history-heading");
    }

    private String label(String name) throws Exception {
        return Ui.onEdt(() -> ((JLabel) Ui.find(area, name)).getText());
    }

    private JFrame showInAWindow(int width, int height) throws Exception {
        return Ui.onEdt(() -> {
            JFrame window = new JFrame("History");
            window.add(area);
            window.setSize(width, height);
            window.setVisible(true);
            return window;
        });
    }

    private static List<String> column(JTable table, int column) throws Exception {
        return Ui.onEdt(() -> IntStream.range(0, table.getRowCount()).mapToObj(row -> cell(table, row, column)).toList());
    }

    /** A heading sorts on a single click only; a second click within the desktop's interval is a double click. */
    private static void waitOutADoubleClick() throws InterruptedException {
        Object interval = Toolkit.getDefaultToolkit().getDesktopProperty("awt.multiClickInterval");
        Thread.sleep((interval instanceof Integer millis ? millis : 500) + 100);
    }

    private static Duration took(RestoreAttempt attempt) {
        return Duration.between(attempt.startedAt(), attempt.endedAt());
    }

    private static List<String> tookShown(List<RestoreAttempt> attempts, Comparator<RestoreAttempt> order) {
        return attempts.stream().sorted(order).map(attempt -> DurationText.of(took(attempt), Locale.US)).toList();
    }

    private static String cell(JTable table, int row, int column) {
        return String.valueOf(table.getValueAt(row, column));
    }
}
