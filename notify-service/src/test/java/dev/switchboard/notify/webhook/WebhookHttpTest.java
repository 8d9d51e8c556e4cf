package dev.switchboard.notify.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One attempt against a real HTTP receiver (WireMock on loopback): what is sent, and what is never done. */
class WebhookHttpTest {

    private static final WireMockServer RECEIVER = new WireMockServer(WireMockConfiguration.options()
            .bindAddress("127.0.0.1").dynamicPort());
    private static final String SECRET = WebhookSignature.generateSecret();
    private static final String PAYLOAD = "{\"specversion\":\"1.0\",\"id\":\"4b0f\",\"type\":\"t\",\"data\":{}}";

    private final WebhookHttp http = http(List.of("127.0.0.1/32"), Duration.ofMillis(500));

    @BeforeAll
    static void startReceiver() {
        RECEIVER.start();
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.stop();
    }

    @BeforeEach
    void forgetRequests() {
        RECEIVER.resetAll();
    }

    @Test
    void postsTheBodySignedSoTheReferenceLibraryVerifiesIt() throws Exception {
        // Given
        RECEIVER.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));

        // When
        WebhookHttp.Answer answer = http.post(url("/hook"), SECRET, "4b0f", PAYLOAD);

        // Then
        assertThat(answer.status()).isEqualTo(204);
        assertThat(answer.error()).isNull();
        LoggedRequest request = RECEIVER.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0);
        assertThat(request.getBodyAsString()).isEqualTo(PAYLOAD);
        assertThat(request.getHeader("webhook-id")).isEqualTo("4b0f");
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/cloudevents+json; charset=utf-8");
        assertThat(request.getHeader("User-Agent")).isEqualTo("Switchboard-Webhooks/test");
        new Webhook(SECRET).verify(request.getBodyAsString(), headersOf(request));
    }

    @Test
    void neverFollowsARedirect() {
        // Given
        RECEIVER.stubFor(post("/moved").willReturn(aResponse().withStatus(302).withHeader("Location", "/elsewhere")));

        // When
        WebhookHttp.Answer answer = http.post(url("/moved"), SECRET, "4b0f", PAYLOAD);

        // Then
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(RECEIVER.findAll(anyRequestedFor(urlEqualTo("/elsewhere")))).isEmpty();
    }

    @Test
    void checksTheDestinationAgainBeforeEveryAttemptAndSendsNothingWhereItMayNotGo() {
        // Given a receiver on loopback, which production does not allow (a name that now resolves there, say)
        RECEIVER.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        WebhookHttp production = http(List.of(), Duration.ofMillis(500));

        // When
        WebhookHttp.Answer answer = production.post(url("/hook"), SECRET, "4b0f", PAYLOAD);

        // Then
        assertThat(answer.status()).isNull();
        assertThat(answer.error()).isEqualTo("not sent: the host resolves to a loopback address");
        assertThat(RECEIVER.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void givesUpOnAReceiverThatDoesNotAnswerInTime() {
        // Given
        RECEIVER.stubFor(post("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));

        // When
        WebhookHttp.Answer answer = http.post(url("/slow"), SECRET, "4b0f", PAYLOAD);

        // Then
        assertThat(answer.status()).isNull();
        assertThat(answer.error()).isEqualTo("no answer within 500 ms");
        assertThat(answer.verdict()).isEqualTo(Verdict.FAILED);
    }

    @Test
    void readsRetryAfterFromAThrottlingAnswer() {
        // Given
        RECEIVER.stubFor(post("/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

        // When
        WebhookHttp.Answer answer = http.post(url("/busy"), SECRET, "4b0f", PAYLOAD);

        // Then
        assertThat(answer.verdict()).isEqualTo(Verdict.THROTTLED);
        assertThat(answer.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(answer.error()).isEqualTo("answered HTTP 429");
    }

    private static WebhookHttp http(List<String> allowed, Duration readTimeout) {
        WebhookProperties properties = new WebhookProperties(List.of(Duration.ZERO), 0, Duration.ofDays(5),
                Duration.ofHours(1), Duration.ofSeconds(1), readTimeout, "Switchboard-Webhooks/test", allowed,
                Duration.ofSeconds(1), 10, 1, Duration.ofMinutes(1));
        return new WebhookHttp(new DestinationPolicy(allowed), properties, Clock.systemUTC());
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + RECEIVER.port() + path;
    }

    static Map<String, List<String>> headersOf(LoggedRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        request.getHeaders().all().forEach(header -> headers.put(header.key(), header.values()));
        return headers;
    }
}
