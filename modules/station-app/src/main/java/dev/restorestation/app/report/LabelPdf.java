package dev.restorestation.app.report;

import dev.restorestation.core.history.LabelSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A device label as a one-page PDF of exactly the label's size: the QR code of the ticket on the
 * left, as tall as the label allows, and the lines beside it, the ticket largest. A line too wide
 * for the label is set smaller, down to a size still legible on a 300 dpi label printer, then cut
 * with "…".
 */
public final class LabelPdf {

    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float MARGIN = 5;
    /** White space between the QR code and the text: the code's quiet zone on that side. */
    private static final float GAP = 7;
    private static final float TICKET_SIZE = 10;
    private static final float DETAIL_SIZE = 7;
    private static final float SMALLEST = 5;

    private LabelPdf() {
    }

    public static byte[] render(LabelContent content, LabelSize size) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle("Label of ticket " + content.ticket());
            document.getDocumentInformation().setCreator("Restore Station");
            PDFont font = PdfParts.liberationSans(document);
            float height = size.heightMm() * POINTS_PER_MM;
            float labelWidth = size.widthMm() * POINTS_PER_MM;
            PDPage page = new PDPage(new PDRectangle(labelWidth, height));
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                float qr = Math.min(height - 2 * MARGIN, labelWidth * 0.45f);
                PdfParts.draw(stream, content.ticket(), MARGIN, height - MARGIN, qr);
                float x = MARGIN + qr + GAP;
                float width = labelWidth - x - MARGIN;
                float rows = TICKET_SIZE * 1.2f + content.details().size() * DETAIL_SIZE * 1.2f;
                float y = height - MARGIN - Math.max(0, (height - 2 * MARGIN - rows) / 2);
                y = line(stream, font, content.ticket(), TICKET_SIZE, x, y, width);
                for (String detail : content.details()) {
                    y = line(stream, font, detail, DETAIL_SIZE, x, y, width);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** One line from {@code y} down; returns where the next begins. */
    private static float line(PDPageContentStream stream, PDFont font, String text, float preferred, float x, float y,
                              float width) throws IOException {
        String shown = PdfParts.printable(font, text);
        float size = preferred;
        while (size > SMALLEST && widthOf(font, shown, size) > width) {
            size -= 0.5f;
        }
        shown = cut(font, shown, size, width);
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y - size);
        stream.showText(shown);
        stream.endText();
        return y - preferred * 1.2f;
    }

    private static String cut(PDFont font, String text, float size, float width) throws IOException {
        if (widthOf(font, text, size) <= width) {
            return text;
        }
        List<Integer> points = text.codePoints().boxed().toList();
        for (int keep = points.size() - 1; keep > 0; keep--) {
            StringBuilder candidate = new StringBuilder();
            points.subList(0, keep).forEach(candidate::appendCodePoint);
            candidate.append('…');
            if (widthOf(font, candidate.toString(), size) <= width) {
                return candidate.toString();
            }
        }
        return "…";
    }

    private static float widthOf(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
