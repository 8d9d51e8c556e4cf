package dev.switchboard.ingest.web;

import dev.switchboard.ingest.inbox.Inboxes;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One Resilience4j rate limiter per known inbox, in front of every endpoint with an {@code {inboxId}}: a flood on one
 * inbox (a looping integration, a hostile widget) is answered 429 with {@code Retry-After} before it costs a parse, a
 * signature check or a Kafka send, and never slows another inbox. Unknown inbox ids get no limiter (they are a 404
 * anyway), so random ids cannot grow the registry.
 */
@Component
class InboxRateLimits implements HandlerInterceptor {

    private final RateLimiterRegistry limiters;
    private final Inboxes inboxes;

    InboxRateLimits(RateLimitProperties properties, Inboxes inboxes, MeterRegistry meters) {
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(properties.requestsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
        this.inboxes = inboxes;
        TaggedRateLimiterMetrics.ofRateLimiterRegistry(limiters).bindTo(meters);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get("inboxId") instanceof String inboxId
                && inboxes.contains(inboxId) && !limiters.rateLimiter(inboxId).acquirePermission()) {
            throw tooMany(inboxId);
        }
        return true;
    }

    private static ErrorResponseException tooMany(String inboxId) {
        ErrorResponseException problem = ProblemType.TOO_MANY_REQUESTS.exception(
                "inbox '" + inboxId + "' is receiving more requests than it accepts per second, retry shortly");
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        return problem;
    }

    /** The limiter of one inbox, for tests and the floor of operations dashboards. */
    RateLimiter limiterOf(String inboxId) {
        return limiters.rateLimiter(inboxId);
    }
}
