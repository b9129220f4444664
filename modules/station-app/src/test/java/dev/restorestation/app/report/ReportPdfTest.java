package dev.restorestation.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    @Test
    void aLongReportRunsOnToMorePagesAndACharacterTheFontLacksPrintsAsAQuestionMark() throws Exception {
        List<ReportLine> lines = new ArrayList<>();
        lines.add(ReportLine.title("Restore and erasure report"));
        lines.add(ReportLine.field("Ticket", "工单-7 Überprüfung"));
        for (int i = 0; i < 150; i++) {
            lines.add(ReportLine.text("line " + i + " " + "word ".repeat(i % 40)));
        }
        String sha256 = ReportContent.sha256(lines);

        byte[] pdf = ReportPdf.render(lines, ReportPdf.qrPayload("工单-7 Überprüfung", sha256), sha256);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("??-7 Überprüfung", "line 0", "line 149");
        }
    }

    @Test
    void theHashIsOfTheLinesAsPrintedOneALineInUtf8() throws Exception {
        List<ReportLine> lines = List.of(ReportLine.title("Restore and erasure report"), ReportLine.field("Ticket", "T-1"),
                ReportLine.text("Attempt 1 · erase"));
        byte[] canonical = "Restore and erasure report\nTicket: T-1\nAttempt 1 · erase\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ReportContent.sha256(lines))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical)));
    }
}
