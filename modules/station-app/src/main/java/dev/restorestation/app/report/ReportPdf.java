package dev.restorestation.app.report;

import static dev.restorestation.app.text.AppText.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays a report out on A4 pages with Apache PDFBox: the lines top to bottom, wrapped to the page,
 * and on the first page a QR code (made by ZXing, drawn as vector squares) holding the ticket and
 * the report's hash, with the hash printed under it. All text is in Liberation Sans (bundled with
 * PDFBox, embedded as a subset) so that tickets and notes in most scripts print; a character the
 * font lacks prints as "?".
 */
public final class ReportPdf {

    private static final float MARGIN = 50;
    /** The column of field labels; every language's labels must fit it (see the report language test). */
    static final float LABEL_WIDTH = 130;
    private static final float QR_SIZE = 96;
    private static final float LABEL_GRAY = 0.35f;
    /** How far the caption under the QR code reaches left of it. */
    private static final float CAPTION_OVERHANG = 60;

    private final PDDocument document = new PDDocument();
    private final PDFont text;
    private PDPageContentStream page;
    private float y;
    private float qrBottom;

    private ReportPdf() throws IOException {
        text = PdfParts.liberationSans(document);
    }

    /** The PDF of {@code lines} with a QR code holding {@code qrPayload}; {@code sha256} printed under it. */
    public static byte[] render(List<ReportLine> lines, String qrPayload, String sha256) throws IOException {
        ReportPdf pdf = new ReportPdf();
        try (PDDocument document = pdf.document) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text("pdf.title"));
            info.setCreator("Restore Station");
            pdf.newPage();
            pdf.qr(qrPayload, sha256);
            for (ReportLine line : lines) {
                pdf.line(line);
            }
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The text a QR code of a report holds: format version, hash, then the ticket (which may hold anything). */
    public static String qrPayload(String ticket, String sha256) {
        return "restore-station-report:v1:sha256=" + sha256 + ":ticket=" + ticket;
    }

    private void line(ReportLine line) throws IOException {
        switch (line.kind()) {
            case TITLE -> write(18, MARGIN, List.of(line.text()), 26, 0);
            case HEADING -> {
                y -= 8;
                write(12, MARGIN, List.of(line.text()), 16, 0);
            }
            case FIELD -> {
                float valueX = MARGIN + LABEL_WIDTH;
                List<String> value = wrap(line.text(), 9, rightEdge() - valueX);
                ensureRoom(12 * value.size());
                float top = y;
                y = top - 1;
                write(8, MARGIN, List.of(line.label()), 0, LABEL_GRAY);
                y = top;
                write(9, valueX, value, 12, 0);
            }
            case TEXT -> write(9, MARGIN, wrap(line.text(), 9, rightEdge() - MARGIN), 12, 0);
        }
    }

    /** Rows of text from {@code x} down, in {@code gray} (0 is black). */
    private void write(float size, float x, List<String> rows, float leading, float gray) throws IOException {
        for (String row : rows) {
            ensureRoom(Math.max(leading, size));
            page.beginText();
            page.setNonStrokingColor(gray);
            page.setFont(text, size);
            page.newLineAtOffset(x, y - size);
            page.showText(printable(row));
            page.endText();
            y -= leading;
        }
        page.setNonStrokingColor(0f);
    }

    private void qr(String payload, String sha256) throws IOException {
        float left = PDRectangle.A4.getWidth() - MARGIN - QR_SIZE;
        float top = PDRectangle.A4.getHeight() - MARGIN;
        PdfParts.draw(page, payload, left, top, QR_SIZE);
        float x = left - CAPTION_OVERHANG;
        float saved = y;
        y = top - QR_SIZE - 6;
        write(6, x, List.of(text("pdf.sha256", sha256.substring(0, 32)), sha256.substring(32), text("pdf.check")), 8, 0);
        qrBottom = y;
        y = saved;
    }

    /** Where text must stop: left of the QR code and its caption beside them, else at the margin. */
    private float rightEdge() {
        boolean besideQr = document.getNumberOfPages() == 1 && y > qrBottom;
        return besideQr ? PDRectangle.A4.getWidth() - MARGIN - QR_SIZE - CAPTION_OVERHANG - 10
                : PDRectangle.A4.getWidth() - MARGIN;
    }

    private List<String> wrap(String value, float size, float width) throws IOException {
        List<String> rows = new ArrayList<>();
        for (String paragraph : value.split("\\R", -1)) {
            StringBuilder row = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = row.isEmpty() ? word : row + " " + word;
                if (!row.isEmpty() && widthOf(candidate, size) > width) {
                    rows.add(row.toString());
                    row = new StringBuilder(word);
                } else {
                    row = new StringBuilder(candidate);
                }
            }
            rows.add(row.toString());
        }
        return rows;
    }

    private float widthOf(String value, float size) throws IOException {
        return text.getStringWidth(printable(value)) / 1000 * size;
    }

    private String printable(String value) {
        return PdfParts.printable(text, value);
    }

    private void ensureRoom(float height) throws IOException {
        if (y - height < MARGIN) {
            page.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
