package dev.switchboard.notify.delivery.provider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The one HTTP client every provider request goes through, bounded in connect and answer time, so that a provider
 * that hangs costs one timeout per attempt and never a consumer thread. A provider that does not answer is a
 * {@link ProviderFailure.Kind#TRANSIENT} failure; any answer, good or bad, is handed back to be read.
 */
public final class ProviderHttp {

    private final HttpClient client;
    private final Duration answerTimeout;
    private final Clock clock;

    ProviderHttp(Duration connectTimeout, Duration answerTimeout, Clock clock) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.answerTimeout = answerTimeout;
        this.clock = clock;
    }

    /** {@code path} (with any query) under a configured base URL, whether or not the base ends with a slash. */
    public static URI endpoint(URI baseUrl, String path) {
        return URI.create(baseUrl.toString().replaceAll("/+$", "") + path);
    }

    /** POSTs {@code body} with the given content type and extra headers (credentials, typically). */
    public ProviderResponse post(String provider, URI uri, String contentType, String body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(answerTimeout)
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ProviderResponse(response.statusCode(), response.body(),
                    RetryAfter.parse(response.headers().firstValue("Retry-After"), clock));
        } catch (HttpTimeoutException e) {
            throw ProviderFailure.unanswered(provider, "no answer within " + answerTimeout.toMillis() + " ms");
        } catch (IOException e) {
            throw ProviderFailure.unanswered(provider, "unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProviderFailure.unanswered(provider, "interrupted while waiting for the answer");
        }
    }
}
