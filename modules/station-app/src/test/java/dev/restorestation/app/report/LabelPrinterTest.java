package dev.restorestation.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.devices.DeviceCatalog;
import java.awt.image.BufferedImage;
import java.awt.print.PrinterIOException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.StreamPrintServiceFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Labels through the Java print service. No printer is attached where these tests run: printing
 * goes to the JDK's own PostScript stream print service, a real {@link PrintService} the print
 * job renders into, and a printer that is not there is refused in one line.
 */
class LabelPrinterTest {

    private static final Instant ENDED = Instant.parse("2026-12-05T10:15:00Z");

    @Test
    void aLabelPrintsAsOnePageOfTheLabelsSizeOnTheChosenPrintService() throws Exception {
        ByteArrayOutputStream postScript = new ByteArrayOutputStream();
        PrintService stream = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript")[0].getPrintService(postScript);
        LabelPrinter printer = new LabelPrinter(() -> List.of(stream), DeviceCatalog.bundled(), ZoneOffset.UTC);

        assertThat(printer.printers()).containsExactly(stream.getName());
        printer.print(attempt("T-97"), LabelSize.DEFAULT, stream.getName());

        String printed = postScript.toString(StandardCharsets.ISO_8859_1);
        Files.writeString(Paths.get("target", "label.ps"), printed, StandardCharsets.ISO_8859_1);
        assertThat(printed).startsWith("%!PS-Adobe");
        assertThat(Pattern.compile("(?m)^%%Page: ").matcher(printed).results().count()).as("pages").isEqualTo(1);
        Matcher size = Pattern.compile("/PageSize \\[([\\d.]+) ([\\d.]+)]").matcher(printed);
        assertThat(size.find()).as("the page size asked of the printer").isTrue();
        // the Java print system asks for the page upright and turns a landscape label onto it
        assertThat(Double.parseDouble(size.group(1))).as("29 mm, in points").isCloseTo(82.2, within(0.01));
        assertThat(Double.parseDouble(size.group(2))).as("62 mm, in points").isCloseTo(175.75, within(0.01));
    }

    @Test
    void aPrinterThatIsNotThereIsRefusedInOneLine() {
        LabelPrinter none = new LabelPrinter(List::of, DeviceCatalog.bundled(), ZoneOffset.UTC);

        assertThat(none.printers()).isEmpty();
        assertThatThrownBy(() -> none.print(attempt("T-98"), LabelSize.DEFAULT, "Brother QL-820NWB"))
                .isInstanceOf(IOException.class)
                .hasMessage("this computer has no printer: save the label as a PDF instead");
    }

    @Test
    void aComputerWithoutTheLprCommandJavaPrintsThroughIsToldWhatToInstall() {
        // what the JDK's print job throws on Linux when /usr/bin/lpr is not there
        PrintException noLpr = new PrintException(new PrinterIOException(
                new IOException("Cannot run program \"/usr/bin/lpr\": error=2, No such file or directory")));
        DocPrintJob job = (DocPrintJob) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DocPrintJob.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("print")) {
                        throw noLpr;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        PrintService queue = (PrintService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PrintService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> "Labels";
                    case "createPrintJob" -> job;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        LabelPrinter printer = new LabelPrinter(() -> List.of(queue), DeviceCatalog.bundled(), ZoneOffset.UTC);

        assertThatThrownBy(() -> printer.print(attempt("T-96"), LabelSize.DEFAULT, "Labels"))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot print on 'Labels': Java sends print jobs through the lpr command, which this computer"
                        + " lacks (on Debian and Ubuntu: install cups-bsd); save the label as a PDF meanwhile");
    }

    @Test
    void thePrintersAreThePrintServicesThisComputerOffers() {
        LabelPrinter here = new LabelPrinter();
        List<String> found = here.printers();

        assertThat(found).containsExactlyElementsOf(List.of(PrintServiceLookup.lookupPrintServices(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, null)).stream().map(PrintService::getName).toList());
        assertThatThrownBy(() -> here.print(attempt("T-99"), LabelSize.DEFAULT, "No such printer"))
                .isInstanceOf(IOException.class)
                .hasMessage(found.isEmpty() ? "this computer has no printer: save the label as a PDF instead"
                        : "no printer 'No such printer' on this computer (there are: " + String.join(", ", found) + ")");
    }

    @Test
    void aLongTicketStaysWholeInTheQrCodeAndALongLineIsCutToTheLabel() throws Exception {
        String ticket = "REPAIR-2026-12-05-" + "0123456789".repeat(4) + "-ÜBER";
        LabelContent content = new LabelContent(ticket, List.of("A device name far too long for any label stock at all"));

        byte[] pdf = LabelPdf.render(content, LabelSize.DEFAULT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("…").doesNotContain("label stock at all");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300);
            assertThat(QrCodes.read(page)).isEqualTo(ticket);
        }
    }

    @Test
    void theOutcomeLinesSayWhatTheDeviceSaid() {
        LabelPrinter labels = new LabelPrinter(List::of, DeviceCatalog.bundled(), ZoneOffset.UTC);

        assertThat(labels.content(attempt("T-1")).details()).containsExactly("iPhone 8 (Global)",
                "iPhone10,1 · ECID …5E6F78", "2026-12-05 10:15 · erase", "Restored · verified on the device",
                "Verified build 20H350");
    }

    @Test
    void anAttemptThatDidNotSucceedNamesTheBuildItTriedNeverARestoredOne() {
        LabelPrinter labels = new LabelPrinter(List::of, DeviceCatalog.bundled(), ZoneOffset.UTC);
        RestoreAttempt failed = new RestoreAttempt(8, new Ticket("T-2"), null, Ecid.parse("0x1A2B3C4D5E6F78"), "F17XYZ",
                "iPhone10,1", "1", "20H350", DeviceMode.DFU, RestoreKind.UPDATE, "idevicerestore", "Ana",
                ENDED.minusSeconds(300), ENDED, AttemptOutcome.FAILED, 4013, -1, ErrorCategory.USB_CONNECTION, null,
                List.of(), null);

        assertThat(labels.content(failed).details()).endsWith("Failed · usb-connection · error 4013", "Build tried 20H350");
        assertThat(labels.content(new RestoreAttempt(9, new Ticket("T-3"), null, Ecid.parse("0x1A2B3C4D5E6F78"), null,
                null, "1", "20H350", DeviceMode.DFU, RestoreKind.UPDATE, "idevicerestore", "Ana", ENDED.minusSeconds(30),
                ENDED, AttemptOutcome.INTERRUPTED, null, null, null, null, List.of(), null)).details())
                .endsWith("Interrupted", "Build tried 20H350");
    }

    private static RestoreAttempt attempt(String ticket) {
        return new RestoreAttempt(7, new Ticket(ticket), null, Ecid.parse("0x1A2B3C4D5E6F78"), "F17XYZ", "iPhone10,1",
                "1", "20H350", DeviceMode.DFU, RestoreKind.ERASE, "idevicerestore", "Ana", ENDED.minusSeconds(600),
                ENDED, AttemptOutcome.SUCCEEDED, null, 0, null, null, List.of(),
                new Verification(Verification.Result.VERIFIED, ENDED.plusSeconds(60), "20H350", "16.7.10", "Unactivated"));
    }
}
