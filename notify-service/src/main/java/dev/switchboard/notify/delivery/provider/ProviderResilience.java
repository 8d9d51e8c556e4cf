package dev.switchboard.notify.delivery.provider;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Resilience4j registries (core modules, no annotations), built from {@link ProviderProperties}. */
@Configuration(proxyBeanMethods = false)
class ProviderResilience {

    @Bean
    CircuitBreakerRegistry providerCircuitBreakers(ProviderProperties properties) {
        ProviderProperties.Breaker breaker = properties.circuitBreaker();
        return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindow(breaker.slidingWindow(), breaker.minimumCalls(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.openFor())
                .permittedNumberOfCallsInHalfOpenState(breaker.halfOpenCalls())
                .recordException(RetryPolicy::providerFault)
                .ignoreException(e -> e instanceof RequestNotPermitted || e instanceof BulkheadFullException
                        || e instanceof ProviderFailure failure && failure.kind() == ProviderFailure.Kind.THROTTLED)
                .build());
    }

    @Bean
    RetryRegistry providerRetries(ProviderProperties properties) {
        ProviderProperties.Retry retry = properties.retry();
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(retry.initialBackoff(),
                retry.multiplier(), retry.randomization(), retry.maxBackoff());
        RetryPolicy policy = new RetryPolicy(backoff, retry.maxRetryAfter());
        return RetryRegistry.of(RetryConfig.<String>custom()
                .maxAttempts(retry.maxAttempts())
                .retryOnException(policy::retryable)
                .intervalBiFunction(policy::waitMillis)
                .build());
    }

    @Bean
    BulkheadRegistry providerBulkheads(ProviderProperties properties) {
        return BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(properties.bulkhead().maxConcurrentCalls())
                .maxWaitDuration(properties.bulkhead().maxWait())
                .build());
    }

    @Bean
    RateLimiterRegistry senderRateLimiters() {
        return RateLimiterRegistry.ofDefaults();
    }

    @Bean
    ProviderGuards providerGuards(CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, RetryRegistry retries,
            RateLimiterRegistry limiters, ProviderProperties properties) {
        return new ProviderGuards(breakers, bulkheads, retries, limiters, properties.rateLimitWait(),
                Clock.systemUTC());
    }

    @Bean
    ProviderHttp providerHttp(ProviderProperties properties) {
        return new ProviderHttp(properties.connectTimeout(), properties.answerTimeout(), Clock.systemUTC());
    }
}
