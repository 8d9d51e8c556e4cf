package dev.switchboard.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks symmetric scheme: secrets are {@code whsec_} + base64 of 24 to 64 random bytes, and a delivery
 * is signed {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, so receivers verify with any stock library.
 */
final class WebhookSignature {

    static final String SECRET_PREFIX = "whsec_";
    static final int MIN_KEY_BYTES = 24;
    static final int MAX_KEY_BYTES = 64;
    private static final int GENERATED_KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A fresh secret of {@value #GENERATED_KEY_BYTES} random bytes. */
    static String generateSecret() {
        byte[] key = new byte[GENERATED_KEY_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    static boolean isWellFormed(String secret) {
        return key(secret).isPresent();
    }

    /** The {@code webhook-signature} header's value for one attempt. */
    static String sign(String secret, String id, long timestamp, String body) {
        byte[] key = key(secret).orElseThrow(() -> new IllegalArgumentException("not a whsec_ secret"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static Optional<byte[]> key(String secret) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
            return key.length >= MIN_KEY_BYTES && key.length <= MAX_KEY_BYTES ? Optional.of(key) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
