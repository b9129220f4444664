package dev.restorestation.app.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** What reports and labels draw alike: a QR code made by ZXing as vector squares, and their font. */
final class PdfParts {

    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfParts() {
    }

    /** A QR code of {@code payload}, {@code size} points square, its top left corner at ({@code left}, {@code top}). */
    static void draw(PDPageContentStream page, String payload, float left, float top, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IOException("the QR code cannot hold this ticket: " + e.getMessage(), e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    page.addRect(left + column * module, top - (row + 1) * module, module, module);
                }
            }
        }
        page.fill();
    }

    /** Liberation Sans, bundled with PDFBox, embedded as a subset into {@code document}. */
    static PDFont liberationSans(PDDocument document) throws IOException {
        try (InputStream font = PDDocument.class.getResourceAsStream(LIBERATION)) {
            if (font == null) {
                throw new IOException("PDFBox's Liberation Sans font is missing from the class path");
            }
            return PDType0Font.load(document, font);
        }
    }

    /** {@code value} with every character {@code font} cannot show replaced by "?", and control characters by spaces. */
    static String printable(PDFont font, String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(codePoint -> {
            String character = Character.isISOControl(codePoint) ? " " : Character.toString(codePoint);
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
