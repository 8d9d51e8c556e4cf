package dev.switchboard.notify.webhook;

import dev.switchboard.notify.delivery.provider.RetryAfter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One signed POST to a receiver we do not control: its destination checked again right before (DNS may have changed),
 * bounded connect and answer times, no redirects followed, and its body never read (only the status and
 * {@code Retry-After} matter), so a hostile receiver costs one timeout and no memory.
 */
final class WebhookHttp {

    /** The CloudEvents HTTP binding's media type for a structured-mode event. */
    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private final HttpClient client;
    private final DestinationPolicy destinations;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookHttp(DestinationPolicy destinations, WebhookProperties properties, Clock clock) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.destinations = destinations;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends {@code payload} as webhook {@code id}, signed with {@code secret} and the current time. */
    Answer post(String url, String secret, String id, String payload) {
        Optional<String> refusal = destinations.refusal(url);
        if (refusal.isPresent()) {
            return Answer.unanswered("not sent: " + refusal.get(), 0);
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(properties.readTimeout())
                .header("Content-Type", CONTENT_TYPE).header("User-Agent", properties.userAgent())
                .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, id, timestamp, payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build();
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return Answer.of(response.statusCode(), RetryAfter.parse(response.headers().firstValue("Retry-After"),
                    clock), millisSince(started));
        } catch (HttpConnectTimeoutException e) {
            return Answer.unanswered("no connection within " + properties.connectTimeout().toMillis() + " ms",
                    millisSince(started));
        } catch (HttpTimeoutException e) {
            return Answer.unanswered("no answer within " + properties.readTimeout().toMillis() + " ms",
                    millisSince(started));
        } catch (IOException e) {
            return Answer.unanswered("unreachable (" + e.getClass().getSimpleName() + ")", millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.unanswered("interrupted while waiting for the answer", millisSince(started));
        }
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    /**
     * What the receiver answered, or why there was no answer.
     *
     * @param error {@code null} for a 2xx
     */
    record Answer(@Nullable Integer status, @Nullable Duration retryAfter, long latencyMs, @Nullable String error) {

        static Answer of(int status, @Nullable Duration retryAfter, long latencyMs) {
            return new Answer(status, retryAfter, latencyMs,
                    status >= 200 && status < 300 ? null : "answered HTTP " + status);
        }

        static Answer unanswered(String error, long latencyMs) {
            return new Answer(null, null, latencyMs, error);
        }

        Verdict verdict() {
            return Verdict.of(status);
        }
    }
}
