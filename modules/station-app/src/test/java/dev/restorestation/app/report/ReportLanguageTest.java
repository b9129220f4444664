package dev.restorestation.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.text.KnowledgeFixNames;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.IssuedReports.AttemptSource;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The customer report in the station's language, read back from the PDF as the customer's reader sees it. */
class ReportLanguageTest {

    private static final Instant ENDED = Instant.parse("2026-12-05T10:15:00Z");

    @AfterEach
    void backToEnglish() {
        StationLanguage.choose("en");
    }

    @Test
    void aGermanStationIssuesAGermanReport() throws Exception {
        StationLanguage.choose("de");
        List<ReportLine> lines = lines();
        String sha256 = ReportContent.sha256(lines);

        try (PDDocument document = Loader.loadPDF(ReportPdf.render(lines, ReportPdf.qrPayload("T-9", sha256), sha256))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Bericht über Wiederherstellung und Löschung", "Durchgeführt von", "Seriennummer",
                    "Datenlöschung", "Purge – kryptografisches Löschen durch vollständige Wiederherstellung",
                    "Prüfergebnis", "am Gerät bestätigt (Build 20H350)", "Vorher versuchte Lösungen",
                    "Versuch 6", "Prüfen: station report verify DATEI.pdf",
                    "Anderes Apple- oder MFi-zertifiziertes Kabel verwenden");
            assertThat(text).doesNotContain("Serial number", "Performed by", "Verification result", "cable-swap");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Bericht über Wiederherstellung und Löschung");
        }
    }

    @Test
    void aGermanStationPrintsAGermanLabel() throws Exception {
        StationLanguage.choose("de");
        RestoreAttempt erased = attempts().get(1);

        byte[] label = LabelPdf.render(LabelContent.of(erased, type -> "iPhone 8", ZoneOffset.UTC), LabelSize.parse("62x29"));

        try (PDDocument document = Loader.loadPDF(label)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Wiederhergestellt · am Gerät bestätigt", "Bestätigter Build 20H350", "Löschen");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "de"})
    void everyFieldLabelFitsItsColumn(String language) throws Exception {
        StationLanguage.choose(language);
        try (PDDocument document = new PDDocument()) {
            PDFont font = PdfParts.liberationSans(document);
            for (ReportLine line : lines()) {
                if (line.kind() == ReportLine.Kind.FIELD) {
                    float width = font.getStringWidth(line.label()) / 1000 * 8;
                    assertThat(width).as("%s: %s", language, line.label()).isLessThan(ReportPdf.LABEL_WIDTH - 6);
                }
            }
        }
    }

    /** Every kind of field the report has. */
    private static List<ReportLine> lines() {
        return ReportContent.lines(new Ticket("T-9"), attempts(),
                Map.of(7L, new AttemptSource("bench-2", "1.0.0", "abc", "iPhone 8")), sha1 -> Optional.of("f".repeat(64)),
                new ReportContent.Issue("Fix-It Shop", "Berlin", "Ana", "1.2.0", ENDED.plusSeconds(120), false,
                        KnowledgeFixNames.bundled()));
    }

    /** A failed attempt, then an erase that succeeded and was verified. */
    private static List<RestoreAttempt> attempts() {
        Ecid ecid = Ecid.parse("0x1A2B3C4D5E6F78");
        RestoreAttempt failed = new RestoreAttempt(6, new Ticket("T-9"), null, ecid, "F17XYZ", "iPhone10,1", "1",
                "20H350", DeviceMode.DFU, RestoreKind.ERASE, "idevicerestore", "Ana", ENDED.minusSeconds(1800),
                ENDED.minusSeconds(1200), AttemptOutcome.FAILED, 4013, null, ErrorCategory.USB_CONNECTION,
                "the device dropped off USB", List.of(), null);
        RestoreAttempt erased = new RestoreAttempt(7, new Ticket("T-9"), null, ecid, "F17XYZ", "iPhone10,1", "1",
                "20H350", DeviceMode.DFU, RestoreKind.ERASE, "idevicerestore", "Ana", ENDED.minusSeconds(600), ENDED,
                AttemptOutcome.SUCCEEDED, null, 0, null, null, List.of("cable-swap"),
                new Verification(Verification.Result.VERIFIED, ENDED.plusSeconds(60), "20H350", "16.7.10", "Unactivated"));
        return List.of(failed, erased);
    }
}
