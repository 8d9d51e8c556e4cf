package dev.switchboard.ingest.meta;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Meta's request signature, {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>}. It covers the
 * exact bytes Meta sent, so it is checked before any parsing, over the body as read and never over a re-encoding.
 * Plain Java, so it can be checked on its own.
 */
final class MetaSignature {

    static final String PREFIX = "sha256=";

    private static final String HMAC_SHA256 = "HmacSHA256";

    private MetaSignature() {
    }

    /** The header value Meta sends for {@code body}. */
    static String compute(String appSecret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(appSecret, body));
    }

    /** Whether {@code header} is Meta's signature of {@code body}, compared in constant time; hex in either case. */
    static boolean matches(String appSecret, byte[] body, @Nullable String header) {
        if (header == null) {
            return false;
        }
        String value = header.trim();
        if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(appSecret, body), given);
    }

    private static byte[] hmac(String appSecret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(appSecret.getBytes(UTF_8), HMAC_SHA256));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
