package dev.switchboard.notify.delivery.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code Retry-After} in both of RFC 9110's forms. */
class RetryAfterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:58:00Z"), ZoneOffset.UTC);

    @Test
    void readsSecondsAndHttpDatesAndIgnoresAnythingElse() {
        // Given / When / Then
        assertThat(RetryAfter.parse(Optional.of("120"), CLOCK)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse(Optional.of("Mon, 23 Nov 2026 09:58:30 GMT"), CLOCK))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse(Optional.of("Mon, 23 Nov 2026 09:00:00 GMT"), CLOCK)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse(Optional.of("-5"), CLOCK)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse(Optional.of("soon"), CLOCK)).isNull();
        assertThat(RetryAfter.parse(Optional.empty(), CLOCK)).isNull();
    }
}
