package dev.switchboard.ingest.meta;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.ingest.inbox.MetaAccount;
import dev.switchboard.ingest.web.ProblemType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

/**
 * Meta's subscription handshake: before it sends anything, Meta proves it was given our verify token
 * ({@code hub.verify_token}) and we prove we are the endpoint by echoing {@code hub.challenge}. Plain Java.
 */
final class MetaHandshake {

    static final String SUBSCRIBE = "subscribe";
    /** Not in the shared catalogue: a 403 that only this handshake answers. */

    private MetaHandshake() {
    }

    /** The challenge to echo, or a 400 problem naming a missing parameter, or a 403 for another verify token. */
    static String challenge(MetaAccount meta, @Nullable String mode, @Nullable String verifyToken,
            @Nullable String challenge) {
        String givenMode = required("hub.mode", mode);
        String givenToken = required("hub.verify_token", verifyToken);
        String givenChallenge = required("hub.challenge", challenge);
        if (!SUBSCRIBE.equals(givenMode)) {
            throw ProblemType.INVALID_REQUEST.exception("parameter 'hub.mode' must be '" + SUBSCRIBE + "'");
        }
        if (!sameSecret(givenToken, meta.verifyToken())) {
            throw verificationFailed();
        }
        return givenChallenge;
    }

    /** Compares digests, so neither the token's content nor its length shows in the time taken. */
    static boolean sameSecret(String given, String expected) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] givenDigest = sha256.digest(given.getBytes(UTF_8));
            return MessageDigest.isEqual(givenDigest, sha256.digest(expected.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static String required(String name, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            throw ProblemType.INVALID_REQUEST.exception("parameter '" + name + "' is required");
        }
        return value;
    }

    private static ErrorResponseException verificationFailed() {
        return ProblemType.VERIFICATION_FAILED.exception(
                "parameter 'hub.verify_token' is not this inbox's verify token");
    }
}
