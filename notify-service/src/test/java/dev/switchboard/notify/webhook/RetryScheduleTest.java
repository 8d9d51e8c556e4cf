package dev.switchboard.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The retry schedule: Standard Webhooks' example by default, over more than 24 hours, jittered only upwards. */
class RetryScheduleTest {

    private static final List<Duration> STANDARD = List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24));

    @Test
    void theDefaultsAreTheSpecificationsExampleScheduleSpanningAboutSeventyFiveHours() {
        // Given
        WebhookProperties defaults = new WebhookProperties(STANDARD, 0.1, Duration.ofDays(5), Duration.ofHours(1),
                Duration.ofSeconds(5), Duration.ofSeconds(15), "ua", List.of(), Duration.ofSeconds(1), 100, 8,
                Duration.ofMinutes(1));
        RetrySchedule schedule = new RetrySchedule(defaults.schedule(), 0, new Random(1));

        // When
        Duration total = Duration.ZERO;
        for (int made = 1; schedule.after(made).isPresent(); made++) {
            total = total.plus(schedule.after(made).orElseThrow());
        }

        // Then
        assertThat(schedule.first()).isZero();
        assertThat(schedule.after(1)).contains(Duration.ofSeconds(5));
        assertThat(schedule.after(9)).contains(Duration.ofHours(24));
        assertThat(schedule.after(10)).isEmpty();
        assertThat(schedule.attempts()).isEqualTo(10);
        assertThat(total).isEqualTo(Duration.parse("PT75H35M5S")).isGreaterThan(Duration.ofHours(24));
    }

    @Test
    void jitterOnlyStretchesAWaitAndByNoMoreThanItsShare() {
        // Given 200 seeded draws
        RetrySchedule schedule = new RetrySchedule(STANDARD, 0.1, new Random(42));

        // When / Then
        for (int i = 0; i < 200; i++) {
            int made = 1 + i % 9;
            Duration planned = STANDARD.get(made);
            assertThat(schedule.after(made).orElseThrow()).isBetween(planned,
                    planned.plusMillis(planned.toMillis() / 10));
        }
    }

    @Test
    void refusesAScheduleThatCannotWork() {
        // Given / When / Then
        assertThatThrownBy(() -> new RetrySchedule(List.of(), 0, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(-1)), 0, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookProperties(STANDARD, 0.1, Duration.ofDays(5), Duration.ofHours(1),
                Duration.ofSeconds(5), Duration.ofSeconds(15), "ua", List.of(), Duration.ofSeconds(1), 100, 8,
                Duration.ofSeconds(20))).hasMessageContaining("claim-lease");
    }
}
