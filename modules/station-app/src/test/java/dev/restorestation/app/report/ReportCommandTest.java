package dev.restorestation.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.restorestation.app.Station;
import dev.restorestation.app.StationRun;
import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code station report} end to end: a simulated erase on a ticket, the PDF read back with
 * PDFBox, its first page rendered and the QR code decoded with ZXing, and {@code report verify}
 * on the issued file and on a changed copy.
 */
class ReportCommandTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void anEraseReportCarriesTheRecordItsQrCodeAndIsVerifiedUntilChanged() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), """
                {"version": 3, "technician": "Ana", "shopName": "Fix-It Phones", "shopLocation": "12 Main Street, Springfield"}
                """);
        Path ipsw = files.resolve("fw.ipsw");
        SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1").identity(0x8015, 0x02, "d20ap").write(ipsw);
        assertThat(run("restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "T-90", "--note", "Sold on; wipe it",
                "--ipsw", ipsw.toString(), "--erase", "--yes", "--engine", "simulated").exit()).isZero();
        Path pdf = files.resolve("T-90.pdf");

        StationRun issued = run("report", "--ticket", "T-90", "--pdf", pdf.toString(), "--with-note");

        assertThat(issued.exit()).as(issued.err()).isZero();
        Matcher printed = Pattern.compile("Report SHA-256 \\(in its QR code\\): ([0-9a-f]{64})").matcher(issued.out());
        assertThat(printed.find()).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Restore and erasure report", "T-90", "Fix-It Phones", "12 Main Street",
                    "Apple Inc.", "iPhone10,1", "0x1A2B3C4D5E6F78", "Purge — cryptographic erase by full restore",
                    "Restore Station", "simulated", "20H350", "verified on the device (build 20H350)",
                    "activation state Unactivated", "Sold on; wipe it", "Ana", "Attempt 1");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            ImageIO.write(page, "png", Paths.get("target", "report-page-1.png").toFile());
            String qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page))), Map.of(DecodeHintType.TRY_HARDER, true)).getText();
            assertThat(qr).isEqualTo("restore-station-report:v1:sha256=" + printed.group(1) + ":ticket=T-90");
        }

        StationRun verified = run("report", "verify", pdf.toString());
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.out().lines()).singleElement().asString()
                .startsWith("issued by this shop for ticket T-90 on ").endsWith(", unchanged");

        byte[] changed = Files.readAllBytes(pdf);
        changed[changed.length / 2] ^= 1;
        Path forged = files.resolve("forged.pdf");
        Files.write(forged, changed);
        StationRun refused = run("report", "verify", forged.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines()).singleElement().asString()
                .isEqualTo("station: " + forged + " is not a report this shop issued, or it was changed since");
    }

    @Test
    void popplerDrawsTheReportWithAQrCodeAScannerReads() throws Exception {
        Path pdftoppm = HostRequirement.program("pdftoppm");
        Path ipsw = files.resolve("fw.ipsw");
        SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1").identity(0x8015, 0x02, "d20ap").write(ipsw);
        assertThat(run("restore", "--ecid", "0x1A2B3C4D5E6F7A", "--ticket", "T-92", "--ipsw", ipsw.toString(),
                "--erase", "--yes", "--engine", "simulated").exit()).isZero();
        Path pdf = files.resolve("T-92.pdf");
        StationRun issued = run("report", "--ticket", "T-92", "--pdf", pdf.toString());
        Matcher printed = Pattern.compile("Report SHA-256 \\(in its QR code\\): ([0-9a-f]{64})").matcher(issued.out());
        assertThat(printed.find()).as(issued.out()).isTrue();

        Process render = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile",
                pdf.toString(), files.resolve("page").toString()).redirectErrorStream(true).start();
        String said = new String(render.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(render.waitFor()).as(said).isZero();

        BufferedImage page = ImageIO.read(files.resolve("page.png").toFile());
        Files.copy(files.resolve("page.png"), Paths.get("target", "report-page-1-poppler.png"),
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(QrCodes.read(page)).isEqualTo("restore-station-report:v1:sha256=" + printed.group(1) + ":ticket=T-92");
    }

    @Test
    void anUpdateSaysNothingWasErasedAndTheNoteStaysOutUnlessAsked() throws Exception {
        Path ipsw = files.resolve("fw.ipsw");
        SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1").identity(0x8015, 0x02, "d20ap").write(ipsw);
        assertThat(run("restore", "--ecid", "0x1A2B3C4D5E6F79", "--ticket", "T-91", "--note", "Private words",
                "--ipsw", ipsw.toString(), "--update", "--engine", "simulated").exit()).isZero();
        Path pdf = files.resolve("T-91.pdf");

        assertThat(run("report", "--ticket", "T-91", "--pdf", pdf.toString()).exit()).isZero();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("None — an update restore keeps the user's data; nothing was erased",
                    "not set in Settings").doesNotContain("Private words");
        }
    }

    @Test
    void anUnknownTicketIsOneLineAndExit1() {
        StationRun unknown = run("report", "--ticket", "T-404", "--pdf", files.resolve("none.pdf").toString());

        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err().lines()).singleElement().asString()
                .isEqualTo("station: no restore attempts for ticket T-404: no report");
        assertThat(files.resolve("none.pdf")).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenIsOneReasonLeavesNoPartAndIssuesNoReport() throws Exception {
        Path ipsw = files.resolve("fw.ipsw");
        SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1").identity(0x8015, 0x02, "d20ap").write(ipsw);
        assertThat(run("restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "T-91", "--ipsw", ipsw.toString(),
                "--update", "--engine", "simulated").exit()).isZero();
        Path folder = Files.createDirectory(files.resolve("reports"));
        int eventsBefore = events().size();

        StationRun onAFolder = run("report", "--ticket", "T-91", "--pdf", folder.toString());
        StationRun noSuchFolder = run("report", "--ticket", "T-91", "--label", files.resolve("gone/label.pdf").toString());
        StationRun same = run("report", "--ticket", "T-91", "--pdf", files.resolve("r.pdf").toString(),
                "--label", files.resolve("./r.pdf").toString());

        assertThat(onAFolder.exit()).isEqualTo(1);
        assertThat(onAFolder.err().lines()).containsExactly(
                "station: cannot write the report to " + folder + ": it is a folder: name a file");
        assertThat(folder).isDirectory();
        assertThat(noSuchFolder.err().lines()).containsExactly("station: cannot write the label to "
                + files.resolve("gone/label.pdf") + ": the folder " + files.resolve("gone") + " does not exist");
        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err().lines()).containsExactly("station: --pdf and --label name the same file " + files.resolve("r.pdf")
                + ": the label would replace the report; name two files");
        try (var left = Files.list(files)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("fw.ipsw", "reports");
        }
        assertThat(events()).as("no report.issued for a report never written").hasSize(eventsBefore);
    }

    @Test
    void verifyTellsAFolderAndADeviceFromAMissingFile() {
        assertThat(run("report", "verify", files.toString()).err().lines())
                .containsExactly("station: " + files + " is a folder: name the report's PDF file");
        assertThat(run("report", "verify", "/dev/zero").err().lines())
                .containsExactly("station: /dev/zero is not a file (a device or a pipe): name the report's PDF file");
        assertThat(run("report", "verify", files.resolve("gone.pdf").toString()).err().lines())
                .containsExactly("station: no such file: " + files.resolve("gone.pdf"));
    }

    private List<String> events() {
        return run("events").out().lines().toList();
    }

    private StationRun run(String... args) {
        return StationRun.in(dataDir, args);
    }

}
