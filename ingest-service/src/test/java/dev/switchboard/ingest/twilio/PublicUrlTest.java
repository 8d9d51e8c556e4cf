package dev.switchboard.ingest.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PublicUrlTest {

    @Test
    void withoutProxyTheUrlIsTheOneReceived() {
        // Given a request straight to the service
        MockHttpServletRequest request = request();

        // When / Then
        assertThat(new PublicUrl(properties(null)).of(request))
                .isEqualTo("http://10.0.0.7:8081/webhooks/twilio/demo-sms");
    }

    @Test
    void forwardedHeadersRebuildTheUrlTwilioCalled() {
        // Given a TLS-terminating proxy under a path prefix
        MockHttpServletRequest request = request();
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "hooks.example.com");
        request.addHeader("X-Forwarded-Port", "443");
        request.addHeader("X-Forwarded-Prefix", "/ingest/");
        request.setQueryString("tenant=acme");

        // When / Then the default port is left out and the prefix and query kept, as Twilio signs it
        assertThat(new PublicUrl(properties(null)).of(request))
                .isEqualTo("https://hooks.example.com/ingest/webhooks/twilio/demo-sms?tenant=acme");
    }

    @Test
    void forwardedNonDefaultPortIsKept() {
        // Given a proxy on port 8443
        MockHttpServletRequest request = request();
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "hooks.example.com");
        request.addHeader("X-Forwarded-Port", "8443");

        // When / Then
        assertThat(new PublicUrl(properties(null)).of(request))
                .isEqualTo("https://hooks.example.com:8443/webhooks/twilio/demo-sms");
    }

    @Test
    void configuredBaseUrlWinsOverForwardedHeaders() {
        // Given a configured public base URL (with a trailing slash) and a request with misleading forwarded headers
        MockHttpServletRequest request = request();
        request.addHeader("X-Forwarded-Host", "attacker.example");
        request.addHeader("X-Forwarded-Prefix", "/elsewhere");

        // When / Then the base URL and the request's own path make the URL
        assertThat(new PublicUrl(properties("https://hooks.example.com/ingest/")).of(request))
                .isEqualTo("https://hooks.example.com/ingest/webhooks/twilio/demo-sms");
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/twilio/demo-sms");
        request.setScheme("http");
        request.setServerName("10.0.0.7");
        request.setServerPort(8081);
        return request;
    }

    private static TwilioProperties properties(String baseUrl) {
        return new TwilioProperties(baseUrl == null ? null : URI.create(baseUrl), null);
    }
}
