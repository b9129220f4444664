package dev.restorestation.app.report;

import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.DeviceModel;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Device labels through the Java print service: the printers are the print services the JVM finds
 * (CUPS on Linux), and a label goes to one as its PDF page rendered by PDFBox, one page of exactly
 * the label's size.
 */
public final class LabelPrinter implements DeviceLabels {

    private final Supplier<List<PrintService>> services;
    private final DeviceCatalog catalog;
    private final ZoneId zone;

    /** The printers of this computer, device names from the bundled catalog, dates in this computer's zone. */
    public LabelPrinter() {
        this(() -> List.of(PrinterJob.lookupPrintServices()), DeviceCatalog.bundled(), ZoneId.systemDefault());
    }

    LabelPrinter(Supplier<List<PrintService>> services, DeviceCatalog catalog, ZoneId zone) {
        this.services = services;
        this.catalog = catalog;
        this.zone = zone;
    }

    /** What the label of {@code attempt} says. */
    public LabelContent content(RestoreAttempt attempt) {
        return LabelContent.of(attempt, type -> catalog.findByProductType(type).map(DeviceModel::name).orElse(type), zone);
    }

    @Override
    public List<String> printers() {
        return services.get().stream().map(PrintService::getName).toList();
    }

    @Override
    public void save(RestoreAttempt attempt, LabelSize size, Path pdf) throws IOException {
        Path target = pdf.toAbsolutePath();
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        Files.write(temporary, LabelPdf.render(content(attempt), size));
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void print(RestoreAttempt attempt, LabelSize size, String printer) throws IOException {
        List<PrintService> found = services.get();
        PrintService service = found.stream().filter(each -> each.getName().equals(printer)).findFirst()
                .orElseThrow(() -> new IOException(found.isEmpty()
                        ? "this computer has no printer: save the label as a PDF instead"
                        : "no printer '" + printer + "' on this computer (there are: "
                        + String.join(", ", found.stream().map(PrintService::getName).toList()) + ")"));
        try (PDDocument label = Loader.loadPDF(LabelPdf.render(content(attempt), size))) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName("Label of ticket " + attempt.ticket().id());
            job.setPageable(new PDFPageable(label, Orientation.AUTO, false, 0));
            job.print();
        } catch (PrinterException e) {
            throw new IOException("the printer '" + printer + "' refused the label: " + e.getMessage(), e);
        }
    }
}
