package dev.switchboard.notify.delivery;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.notify.delivery.provider.ProviderProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A claim lease a live sender could outlast is a configuration error, caught at start. */
class ClaimLeaseCheckTest {

    private static final ProviderProperties DEFAULTS = new ProviderProperties(Duration.ofSeconds(3),
            Duration.ofSeconds(10), Duration.ofSeconds(5), new ProviderProperties.Retry(5, Duration.ofSeconds(1),
                    2.0, 0.5, Duration.ofSeconds(30), Duration.ofSeconds(60)),
            new ProviderProperties.Breaker(50, 20, 10, Duration.ofSeconds(30), 2),
            new ProviderProperties.Bulkhead(10, Duration.ofSeconds(2)));

    @Test
    void acceptsTheDefaultLeaseAndRefusesOneShorterThanATryAndAWait() {
        // Given: one try takes up to 5 + 2 + 3 + 10 = 20 s, the longest wait is Retry-After's 60 s
        Duration enough = Duration.ofMinutes(2);
        Duration tooShort = Duration.ofSeconds(80);
        // When / Then
        assertThatCode(() -> new ClaimLeaseCheck(new DeliveryProperties(enough, Duration.ofSeconds(1)), DEFAULTS))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new ClaimLeaseCheck(new DeliveryProperties(tooShort, Duration.ofSeconds(1)),
                DEFAULTS)).hasMessageContaining("must exceed the longest try plus the longest wait before it (PT1M20S");
    }
}
