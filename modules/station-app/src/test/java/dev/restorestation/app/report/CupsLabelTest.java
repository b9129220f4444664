package dev.restorestation.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.core.ticket.Ticket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * A label printed for real through CUPS, the way a shop's label printer gets it: the JDK finds the
 * queue through libcups, the job goes through CUPS's filters to cups-pdf, whose PDF stands in for
 * the paper. .ci/run adds the queue; elsewhere the test is skipped.
 */
class CupsLabelTest {

    private static final String QUEUE = "Labels-PDF";
    private static final Instant ENDED = Instant.parse("2026-12-05T10:15:00Z");

    @Test
    void aLabelPrintedThroughCupsComesOutAsOnePageWhoseQrCodeIsTheTicket() throws Exception {
        LabelPrinter printer = new LabelPrinter();
        HostRequirement.require(printer.printers().contains(QUEUE),
                "the CUPS printer '" + QUEUE + "' (cups with printer-driver-cups-pdf; .ci/run adds it)");
        Path output = Path.of(System.getProperty("user.home"), "PDF");
        Set<Path> before = pdfsIn(output);
        String ticket = "CUPS-" + System.currentTimeMillis();

        printer.print(attempt(ticket), LabelSize.DEFAULT, QUEUE);

        Path printed = awaitNewPdf(output, before);
        Files.copy(printed, Paths.get("target", "label-through-cups.pdf"), StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument document = Loader.loadPDF(printed.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(QrCodes.read(new PDFRenderer(document).renderImageWithDPI(0, 300))).isEqualTo(ticket);
        }
    }

    private static Path awaitNewPdf(Path folder, Set<Path> before) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Optional<Path> found = pdfsIn(folder).stream().filter(pdf -> !before.contains(pdf)).findFirst();
            if (found.isPresent() && written(found.get())) {
                return found.get();
            }
            assertThat(System.nanoTime()).as("waited 60 s for CUPS to print into " + folder).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** cups-pdf writes the file in place: it is done once its size holds still and it ends as a PDF does. */
    private static boolean written(Path pdf) throws Exception {
        long size = Files.size(pdf);
        Thread.sleep(300);
        if (size == 0 || size != Files.size(pdf)) {
            return false;
        }
        String tail = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        return tail.stripTrailing().endsWith("%%EOF");
    }

    private static Set<Path> pdfsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".pdf")).collect(Collectors.toSet());
        }
    }

    private static RestoreAttempt attempt(String ticket) {
        return new RestoreAttempt(7, new Ticket(ticket), null, Ecid.parse("0x1A2B3C4D5E6F78"), "F17XYZ", "iPhone10,1",
                "1", "20H350", DeviceMode.DFU, RestoreKind.ERASE, "idevicerestore", "Ana", ENDED.minusSeconds(600),
                ENDED, AttemptOutcome.SUCCEEDED, null, 0, null, null, List.of(),
                new Verification(Verification.Result.VERIFIED, ENDED.plusSeconds(60), "20H350", "16.7.10", "Unactivated"));
    }
}
