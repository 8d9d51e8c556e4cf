package dev.switchboard.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bearer tokens an attacker would present to every service's bad-input table: expired, signed with another key,
 * from another issuer, or unsigned ({@code alg: none}); made with the JDK alone, so no JWT library can "fix" them.
 * Claims are flat strings, as the agent and visitor tokens carry them.
 */
public final class HostileTokens {

    private static final String FORGER_SECRET = "forger-secret-that-nobody-trusts-0123456789";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String secret;
    private final String issuer;
    private final Map<String, String> claims;

    /** Tokens otherwise like the genuine ones the services accept: {@code secret}, {@code issuer} and these claims. */
    public HostileTokens(String secret, String issuer, Map<String, String> claims) {
        this.secret = secret;
        this.issuer = issuer;
        this.claims = Map.copyOf(claims);
    }

    /** The genuine token, valid for five minutes: the control row every table starts from. */
    public String genuine() {
        return signed(secret, issuer, Instant.now().plusSeconds(300));
    }

    public String expired() {
        return signed(secret, issuer, Instant.now().minusSeconds(600));
    }

    public String forged() {
        return signed(FORGER_SECRET, issuer, Instant.now().plusSeconds(300));
    }

    public String wrongIssuer() {
        return signed(secret, "https://attacker.example", Instant.now().plusSeconds(300));
    }

    /** The genuine claims with {@code alg: none} and an empty signature (RFC 7519 section 6.1, the "unsecured JWT"). */
    public String unsigned() {
        String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + payload(issuer, Instant.now().plusSeconds(300)) + ".";
    }

    private String signed(String key, String tokenIssuer, Instant expiresAt) {
        String content = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + payload(tokenIssuer, expiresAt);
        return content + "." + BASE64URL.encodeToString(hmac(key, content));
    }

    private String payload(String tokenIssuer, Instant expiresAt) {
        Map<String, String> all = new LinkedHashMap<>(claims);
        all.put("iss", tokenIssuer);
        String fields = all.entrySet().stream().map(claim -> quote(claim.getKey()) + ":" + quote(claim.getValue()))
                .collect(Collectors.joining(","));
        long exp = expiresAt.getEpochSecond();
        return encode("{" + fields + ",\"iat\":" + (exp - 900) + ",\"exp\":" + exp + "}");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(UTF_8));
    }

    private static byte[] hmac(String key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(UTF_8), "HmacSHA256"));
            return mac.doFinal(content.getBytes(UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
