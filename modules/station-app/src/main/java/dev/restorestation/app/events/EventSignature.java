package dev.restorestation.app.events;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signature a webhook receiver checks: HMAC-SHA256 of the request body with the shop's secret. */
public final class EventSignature {

    /** Carries {@code sha256=<lower-case hex>}. */
    public static final String HEADER = "X-Restore-Station-Signature";
    /** The event's id, the same on every delivery: for the receiver to drop a repeat. */
    public static final String ID_HEADER = "X-Restore-Station-Event";

    private EventSignature() {
    }

    public static String of(byte[] body, byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HMAC-SHA256", e);
        }
    }
}
