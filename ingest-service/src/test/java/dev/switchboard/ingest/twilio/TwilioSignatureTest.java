package dev.switchboard.ingest.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    /*
     * Twilio's published worked example of its signature algorithm, from Twilio's twilio-php helper library
     * documentation, "Validate Incoming Requests" (docs/usage/validation.rst of twilio/twilio-php, the example Twilio's
     * security guide https://www.twilio.com/docs/usage/security#validating-requests walks through): auth token 12345,
     * URL https://mycompany.com/myapp.php?foo=1&bar=2, POST parameters CallSid=CA1234567890ABCDE,
     * Caller=+14158675309, Digits=1234, From=+14158675309, To=+18005551212, and the X-Twilio-Signature
     * RSOYDt4T1cUTdK1PDd93/VVr8B8=, all stated verbatim there.
     */
    private static final String TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final String EXPECTED = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    private static TwilioForm twilioExample(String caller) {
        // deliberately not in Twilio's sorted order: sorting is the algorithm's job
        return form("To", "+18005551212", "Digits", "1234", "From", caller, "CallSid", "CA1234567890ABCDE",
                "Caller", caller);
    }

    @Test
    void twilioPublishedExampleVerifies() {
        // Given Twilio's example request
        TwilioForm form = twilioExample("+14158675309");

        // When it is signed and verified
        String signature = TwilioSignature.compute(TOKEN, URL, form);

        // Then the signature is the one Twilio published, and it matches
        assertThat(signature).isEqualTo(EXPECTED);
        assertThat(TwilioSignature.matches(TOKEN, URL, form, EXPECTED)).isTrue();
    }

    @Test
    void dataToSignIsTheUrlFollowedBySortedNamesAndValuesWithoutDelimiters() {
        // Given the later edition of the same example in Twilio's security guide (caller +14158675310)
        TwilioForm form = twilioExample("+14158675310");

        // When / Then our data string is the one the guide shows being hashed (values not URL-encoded), and its
        // signature agrees with an independent `openssl dgst -sha1 -hmac 12345 -binary | base64` over that string
        assertThat(TwilioSignature.dataToSign(URL, form)).isEqualTo("https://mycompany.com/myapp.php?foo=1&bar=2"
                + "CallSidCA1234567890ABCDECaller+14158675310Digits1234From+14158675310To+18005551212");
        assertThat(TwilioSignature.compute(TOKEN, URL, form)).isEqualTo("GvWf1cFY/Q7PnoempGyD5oXAezc=");
    }

    @Test
    void changedParameterDoesNotVerify() {
        // Given Twilio's example with one digit changed after signing
        TwilioForm tampered = form("To", "+18005551212", "Digits", "1235", "From", "+14158675309",
                "CallSid", "CA1234567890ABCDE", "Caller", "+14158675309");

        // When / Then the published signature no longer matches
        assertThat(TwilioSignature.matches(TOKEN, URL, tampered, EXPECTED)).isFalse();
    }

    @Test
    void addedParameterDoesNotVerify() {
        // Given Twilio's example with a parameter smuggled in
        TwilioForm tampered = form("To", "+18005551212", "Digits", "1234", "From", "+14158675309",
                "CallSid", "CA1234567890ABCDE", "Caller", "+14158675309", "Body", "injected");

        // When / Then it does not match
        assertThat(TwilioSignature.matches(TOKEN, URL, tampered, EXPECTED)).isFalse();
    }

    @Test
    void changedUrlDoesNotVerify() {
        // Given / When the same parameters arrive at another URL (another host, scheme or query)
        TwilioForm form = twilioExample("+14158675309");

        // Then none matches
        assertThat(TwilioSignature.matches(TOKEN, "https://evil.example/myapp.php?foo=1&bar=2", form, EXPECTED))
                .isFalse();
        assertThat(TwilioSignature.matches(TOKEN, "http://mycompany.com/myapp.php?foo=1&bar=2", form, EXPECTED))
                .isFalse();
        assertThat(TwilioSignature.matches(TOKEN, "https://mycompany.com/myapp.php?foo=1&bar=3", form, EXPECTED))
                .isFalse();
    }

    @Test
    void wrongTokenOrMissingSignatureDoesNotVerify() {
        // Given Twilio's example
        TwilioForm form = twilioExample("+14158675309");

        // When / Then another token, no signature, a blank one, or a truncated one never match
        assertThat(TwilioSignature.matches("54321", URL, form, EXPECTED)).isFalse();
        assertThat(TwilioSignature.matches(TOKEN, URL, form, null)).isFalse();
        assertThat(TwilioSignature.matches(TOKEN, URL, form, " ")).isFalse();
        assertThat(TwilioSignature.matches(TOKEN, URL, form, EXPECTED.substring(1))).isFalse();
    }

    @Test
    void defaultPortWrittenOutOrLeftOutBothVerify() {
        // Given a signature over the URL with :443, as some Twilio requests are signed
        TwilioForm form = twilioExample("+14158675309");
        String withPort = TwilioSignature.compute(TOKEN, "https://mycompany.com:443/myapp.php?foo=1&bar=2", form);

        // When / Then it verifies against the URL without the port, like Twilio's helper libraries accept
        assertThat(TwilioSignature.matches(TOKEN, URL, form, withPort)).isTrue();
        assertThat(TwilioSignature.matches(TOKEN, "https://mycompany.com:443/myapp.php?foo=1&bar=2", form, EXPECTED))
                .isTrue();
    }

    @Test
    void formBodyIsDecodedBeforeSigning() {
        // Given the example as Twilio puts it on the wire, percent-encoded
        byte[] body = "To=%2B18005551212&Digits=1234&From=%2B14158675309&CallSid=CA1234567890ABCDE&Caller=%2B14158675309"
                .getBytes(UTF_8);

        // When / Then the decoded form carries the published signature
        assertThat(TwilioSignature.compute(TOKEN, URL, TwilioForm.parse(body))).isEqualTo(EXPECTED);
    }

    static TwilioForm form(String... namesAndValues) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.add(new SimpleImmutableEntry<>(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new TwilioForm(parameters);
    }
}
