package dev.switchboard.ingest.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Twilio's request signature, {@code X-Twilio-Signature}: Base64(HMAC-SHA1(auth token, the full URL Twilio called
 * followed by every POST parameter's name and value, sorted by name)). Plain Java, so it can be checked against
 * Twilio's published example on its own.
 */
final class TwilioSignature {

    private static final String HMAC_SHA1 = "HmacSHA1";

    private TwilioSignature() {
    }

    /** The string Twilio signs: the URL, then each parameter's name and value with no delimiters. */
    static String dataToSign(String url, TwilioForm form) {
        StringBuilder data = new StringBuilder(url);
        for (Map.Entry<String, String> parameter : form.sortedByName()) {
            data.append(parameter.getKey()).append(parameter.getValue());
        }
        return data.toString();
    }

    static String compute(String authToken, String url, TwilioForm form) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(new SecretKeySpec(authToken.getBytes(UTF_8), HMAC_SHA1));
            return Base64.getEncoder().encodeToString(mac.doFinal(dataToSign(url, form).getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available in this JVM", e);
        }
    }

    /**
     * Whether {@code signature} is Twilio's for this request, compared in constant time. Like Twilio's own helper
     * libraries, the URL is also tried with its default port written out and left out, since either form may be signed.
     */
    static boolean matches(String authToken, String url, TwilioForm form, @Nullable String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] given = signature.trim().getBytes(UTF_8);
        boolean matched = false;
        for (String candidate : urlVariants(url)) {
            matched |= MessageDigest.isEqual(compute(authToken, candidate, form).getBytes(UTF_8), given);
        }
        return matched;
    }

    static Set<String> urlVariants(String url) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(url);
        try {
            URI uri = new URI(url);
            int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            int port = uri.getPort() == defaultPort ? -1 : uri.getPort() == -1 ? defaultPort : uri.getPort();
            variants.add(new URI(uri.getScheme(), uri.getRawUserInfo(), uri.getHost(), port, null, null, null)
                    + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return variants;
        }
        return variants;
    }
}
