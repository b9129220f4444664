package dev.restorestation.app.report;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.DeviceModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Device labels through the Java print service: the printers are the print services the JVM finds
 * that print pages drawn by Java (CUPS on Linux), and a label goes to one as its PDF page drawn by
 * PDFBox, one page of exactly the label's size.
 */
public final class LabelPrinter implements DeviceLabels {

    private final Supplier<List<PrintService>> services;
    private final DeviceCatalog catalog;
    private final ZoneId zone;

    /** The printers of this computer, device names from the bundled catalog, dates in this computer's zone. */
    public LabelPrinter() {
        this(() -> List.of(PrintServiceLookup.lookupPrintServices(DocFlavor.SERVICE_FORMATTED.PAGEABLE, null)),
                DeviceCatalog.bundled(), ZoneId.systemDefault());
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
        OutputPdf.write(pdf, LabelPdf.render(content(attempt), size));
    }

    @Override
    public void print(RestoreAttempt attempt, LabelSize size, String printer) throws IOException {
        List<PrintService> found = services.get();
        PrintService service = found.stream().filter(each -> each.getName().equals(printer)).findFirst()
                .orElseThrow(() -> new IOException(found.isEmpty()
                        ? text("label.noPrinter")
                        : text("label.noSuchPrinter", printer, String.join(", ", found.stream().map(PrintService::getName).toList()))));
        try (PDDocument label = Loader.loadPDF(LabelPdf.render(content(attempt), size))) {
            PrintRequestAttributeSet request = new HashPrintRequestAttributeSet();
            request.add(new JobName("Label of ticket " + attempt.ticket().id(), null));
            service.createPrintJob().print(new SimpleDoc(new PDFPageable(label, Orientation.AUTO, false, 0),
                    DocFlavor.SERVICE_FORMATTED.PAGEABLE, null), request);
        } catch (PrintException e) {
            throw new IOException(spoolerMissing(e)
                    ? text("label.noLpr", printer) : text("label.printerRefused", printer, e.getMessage()), e);
        }
    }

    /** On Linux and macOS the JDK hands a print job to the {@code lpr} (or {@code lp}) command, which a minimal system may lack. */
    private static boolean spoolerMissing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && String.valueOf(cause.getMessage()).startsWith("Cannot run program")) {
                return true;
            }
        }
        return false;
    }
}
