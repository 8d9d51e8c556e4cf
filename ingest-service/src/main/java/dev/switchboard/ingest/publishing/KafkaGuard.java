package dev.switchboard.ingest.publishing;

import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadConfig;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedThreadPoolBulkheadMetrics;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Bounds every wait for Kafka (Resilience4j): a bulkhead caps the sends in flight, a time limiter answers within
 * {@link PublishingProperties#timeout()} however the client library behaves (even while it is still creating its
 * producer against a dead broker), and a circuit breaker turns a broker that keeps failing into an immediate 503
 * instead of a pile of waiting threads. The provider's retry does the rest.
 */
@Component
class KafkaGuard implements DisposableBean {

    static final String NAME = "kafka";

    private final ThreadPoolBulkhead bulkhead;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker circuitBreaker;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kafka-guard-timer");
        thread.setDaemon(true);
        return thread;
    });

    KafkaGuard(PublishingProperties properties, MeterRegistry meters) {
        ThreadPoolBulkheadRegistry bulkheads = ThreadPoolBulkheadRegistry.of(ThreadPoolBulkheadConfig.custom()
                .coreThreadPoolSize(Math.max(1, properties.maxConcurrent() / 4))
                .maxThreadPoolSize(properties.maxConcurrent())
                .queueCapacity(properties.maxConcurrent())
                .build());
        this.bulkhead = bulkheads.bulkhead(NAME);
        this.timeLimiter = TimeLimiter.of(NAME, TimeLimiterConfig.custom()
                .timeoutDuration(properties.timeout())
                .cancelRunningFuture(true)
                .build());
        CircuitBreakerRegistry circuits = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
        this.circuitBreaker = circuits.circuitBreaker(NAME);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuits).bindTo(meters);
        TaggedThreadPoolBulkheadMetrics.ofThreadPoolBulkheadRegistry(bulkheads).bindTo(meters);
    }

    /**
     * Runs {@code send} (which blocks until Kafka acknowledged, or throws) under the bulkhead, time limit and circuit.
     *
     * @throws Exception the send's own failure, or {@code TimeoutException}, {@code BulkheadFullException},
     *     {@code CallNotPermittedException} when a guard refused or cut it short
     */
    void run(Runnable send) throws Exception {
        try {
            circuitBreaker.executeCompletionStage(() -> timeLimiter.executeCompletionStage(timer,
                    () -> bulkhead.executeRunnable(send))).toCompletableFuture().get();
        } catch (ExecutionException | CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    CircuitBreaker.State state() {
        return circuitBreaker.getState();
    }

    @Override
    public void destroy() throws Exception {
        timer.shutdownNow();
        bulkhead.close();
    }
}
