package dev.restorestation.app.report;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;

/** Reads the QR code on a rendered page with ZXing, as a phone's scanner would. */
public final class QrCodes {

    private QrCodes() {
    }

    public static String read(BufferedImage page) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                Map.of(DecodeHintType.TRY_HARDER, true)).getText();
    }
}
