package dev.switchboard.ingest.email;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The relay's HTTP Basic credentials: user = the inbox id, password = the inbox's relay secret. Both are compared as
 * SHA-256 digests in constant time, so neither the secret's content nor its length leaks through response timing.
 */
final class RelayCredentials {

    private static final String BASIC = "Basic ";

    private RelayCredentials() {
    }

    /** Whether {@code authorization} (an {@code Authorization} header value) names this inbox with its secret. */
    static boolean match(@Nullable String authorization, String inboxId, String relaySecret) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return false;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()), UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean user = same(pair.substring(0, colon), inboxId);
        boolean password = same(pair.substring(colon + 1), relaySecret);
        return user & password;
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(Sha256.of(given.getBytes(UTF_8)), Sha256.of(expected.getBytes(UTF_8)));
    }
}
