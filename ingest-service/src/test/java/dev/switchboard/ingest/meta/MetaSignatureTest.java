package dev.switchboard.ingest.meta;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class MetaSignatureTest {

    private static final String SECRET = MetaSamples.APP_SECRET;

    @Test
    void signatureIsHexHmacSha256OfTheRawBodyUnderTheAppSecret() throws Exception {
        // Given a real-shaped body, and its HMAC computed here with javax.crypto directly
        byte[] body = MetaSamples.bytes("messenger-batch.json");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));

        // When / Then ours is the same header, and it verifies
        assertThat(MetaSignature.compute(SECRET, body)).isEqualTo(expected);
        assertThat(MetaSignature.matches(SECRET, body, expected)).isTrue();
    }

    @Test
    void agreesWithOpenssl() {
        // Given the signature `printf '%s' '{"object":"page","entry":[]}' | openssl dgst -sha256 -hmac <secret>`
        // printed for the demo secret, as docs/channels/meta.md computes it
        byte[] body = "{\"object\":\"page\",\"entry\":[]}".getBytes(UTF_8);
        String openssl = "sha256=4b44339b3e1fd217a0b0be7ed9aff26d1b02fce8d4b8ec5d56ea97ba9d37b1bf";

        // When / Then
        assertThat(MetaSignature.compute(SECRET, body)).isEqualTo(openssl);
        assertThat(MetaSignature.matches(SECRET, body, openssl)).isTrue();
    }

    @Test
    void tamperedBodyDoesNotVerify() {
        // Given a genuine signature, and the body with one byte changed after signing
        byte[] body = MetaSamples.bytes("whatsapp-text.json");
        String signature = MetaSignature.compute(SECRET, body);
        byte[] tampered = body.clone();
        tampered[tampered.length / 2] ^= 1;

        // When / Then
        assertThat(MetaSignature.matches(SECRET, tampered, signature)).isFalse();
    }

    @Test
    void wrongSecretDoesNotVerify() {
        // Given a body signed with another app's secret
        byte[] body = MetaSamples.bytes("instagram-dm.json");

        // When / Then
        assertThat(MetaSignature.matches(SECRET, body, MetaSignature.compute("another-apps-secret", body))).isFalse();
    }

    @Test
    void missingPrefixBlankTruncatedOrNonHexDoNotVerify() {
        // Given a genuine signature
        byte[] body = MetaSamples.bytes("messenger-receipts.json");
        String signature = MetaSignature.compute(SECRET, body);
        String hex = signature.substring("sha256=".length());

        // When / Then only the whole "sha256=<hex>" verifies
        assertThat(MetaSignature.matches(SECRET, body, hex)).isFalse();
        assertThat(MetaSignature.matches(SECRET, body, "sha1=" + hex)).isFalse();
        assertThat(MetaSignature.matches(SECRET, body, null)).isFalse();
        assertThat(MetaSignature.matches(SECRET, body, "")).isFalse();
        assertThat(MetaSignature.matches(SECRET, body, "sha256=")).isFalse();
        assertThat(MetaSignature.matches(SECRET, body, signature.substring(0, signature.length() - 2))).isFalse();
        assertThat(MetaSignature.matches(SECRET, body, "sha256=" + "zz" + hex.substring(2))).isFalse();
    }

    @Test
    void upperCaseHexAndSurroundingSpaceVerify() {
        // Given a genuine signature written in upper case, as a proxy might rewrite it
        byte[] body = MetaSamples.bytes("whatsapp-status-failed.json");
        String upper = MetaSignature.compute(SECRET, body).toUpperCase(Locale.ROOT);

        // When / Then
        assertThat(MetaSignature.matches(SECRET, body, " " + upper + " ")).isTrue();
    }

    @Test
    void theSameJsonReEncodedIsNotWhatMetaSigned() {
        // Given Meta's escaped non-ASCII ("\u00bf") and the same JSON re-encoded as raw UTF-8 ("¿")
        byte[] escaped = "{\"text\":\"\\u00bfHola?\"}".getBytes(UTF_8);
        byte[] reEncoded = "{\"text\":\"¿Hola?\"}".getBytes(UTF_8);

        // When / Then only the exact bytes carry the signature: parsing before verifying would lose it
        assertThat(MetaSignature.matches(SECRET, reEncoded, MetaSignature.compute(SECRET, escaped))).isFalse();
    }
}
