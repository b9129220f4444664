package dev.restorestation.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.restorestation.app.StationRun;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code station report --label}: the device label of a ticket's latest attempt, read back from the PDF. */
class LabelCommandTest {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void aVerifiedEraseGetsALabelOfTheDefaultSizeWithTheTicketInItsQrCode() throws Exception {
        restore("T-95", "--erase", "--yes");
        Path label = files.resolve("T-95-label.pdf");

        StationRun run = run("report", "--ticket", "T-95", "--label", label.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).matches("Label for ticket T-95 \\(attempt \\d+, 62×29 mm\\) written to .*T-95-label\\.pdf\\R");
        try (PDDocument document = Loader.loadPDF(label.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertSize(document.getPage(0).getMediaBox(), 62, 29);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("T-95", "iPhone 8 (Global)", "iPhone10,1 · ECID …5E6F78",
                    LocalDate.now().toString(), "erase", "Restored · verified on the device", "Verified build 20H350");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300);
            ImageIO.write(page, "png", Paths.get("target", "label-62x29.png").toFile());
            assertThat(QrCodes.read(page)).isEqualTo("T-95");
        }
    }

    @Test
    void theSizeIsAnOptionAndTheLabelIsOfTheLatestAttempt() throws Exception {
        restore("T-96", "--update", "--sim-outcome", "fail:4013");
        restore("T-96", "--update", "--no-verify");
        Path label = files.resolve("T-96-label.pdf");

        StationRun run = run("report", "--ticket", "T-96", "--label", label.toString(), "--label-size", "57x32");

        assertThat(run.exit()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(label.toFile())) {
            assertSize(document.getPage(0).getMediaBox(), 57, 32);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Restored · not checked", "Restored build 20H350")
                    .doesNotContain("4013");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300);
            ImageIO.write(page, "png", Paths.get("target", "label-57x32.png").toFile());
            assertThat(QrCodes.read(page)).isEqualTo("T-96");
        }
    }

    @Test
    void badInputIsOneLineAndWritesNothing() {
        StationRun badSize = run("report", "--ticket", "T-1", "--label", files.resolve("a.pdf").toString(), "--label-size", "62");
        StationRun tooSmall = run("report", "--ticket", "T-1", "--label", files.resolve("a.pdf").toString(), "--label-size", "10x10");
        StationRun unknown = run("report", "--ticket", "T-404", "--label", files.resolve("a.pdf").toString());

        assertThat(badSize.exit()).isEqualTo(2);
        assertThat(badSize.err()).isEqualTo("station: not a label size: '62' (width x height in mm, e.g. 62x29)"
                + System.lineSeparator());
        assertThat(tooSmall.exit()).isEqualTo(2);
        assertThat(tooSmall.err()).isEqualTo("station: a label of 10×10 mm does not fit: from 40×20 to 200×200 mm"
                + System.lineSeparator());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("station: no restore attempts for ticket T-404: no label" + System.lineSeparator());
        assertThat(files.resolve("a.pdf")).doesNotExist();
    }

    @Test
    void aLabelSizeThatDoesNotFitIsToldInTheStationsLanguage() {
        StationLanguage.choose("de");
        try {
            StationRun tooSmall = run("report", "--ticket", "T-1", "--label", files.resolve("a.pdf").toString(),
                    "--label-size", "10x10");

            assertThat(tooSmall.err()).isEqualTo("station: ein Etikett von 10×10 mm passt nicht: von 40×20 bis 200×200 mm"
                    + System.lineSeparator());
        } finally {
            StationLanguage.choose("");
        }
    }

    private static void assertSize(PDRectangle box, int widthMm, int heightMm) {
        assertThat(box.getWidth()).isCloseTo(widthMm * POINTS_PER_MM, within(0.01f));
        assertThat(box.getHeight()).isCloseTo(heightMm * POINTS_PER_MM, within(0.01f));
    }

    private void restore(String ticket, String... how) throws Exception {
        Path ipsw = files.resolve("fw.ipsw");
        SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1").identity(0x8015, 0x02, "d20ap").write(ipsw);
        String[] args = new String[8 + how.length];
        System.arraycopy(new String[] {"restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", ticket, "--ipsw",
                ipsw.toString(), "--engine=simulated"}, 0, args, 0, 8);
        System.arraycopy(how, 0, args, 8, how.length);
        run(args);
    }

    private StationRun run(String... args) {
        return StationRun.in(dataDir, args);
    }

}
