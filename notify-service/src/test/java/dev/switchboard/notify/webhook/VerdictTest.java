package dev.switchboard.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading answers as Standard Webhooks suggests: 2xx only is success; redirects are failures. */
class VerdictTest {

    @Test
    void readsStatusCodes() {
        // Given / When / Then
        assertThat(Verdict.of(200)).isEqualTo(Verdict.SUCCEEDED);
        assertThat(Verdict.of(204)).isEqualTo(Verdict.SUCCEEDED);
        assertThat(Verdict.of(299)).isEqualTo(Verdict.SUCCEEDED);
        assertThat(Verdict.of(410)).isEqualTo(Verdict.GONE);
        assertThat(Verdict.of(429)).isEqualTo(Verdict.THROTTLED);
        assertThat(Verdict.of(502)).isEqualTo(Verdict.THROTTLED);
        assertThat(Verdict.of(504)).isEqualTo(Verdict.THROTTLED);
        assertThat(Verdict.of(301)).isEqualTo(Verdict.FAILED);
        assertThat(Verdict.of(302)).isEqualTo(Verdict.FAILED);
        assertThat(Verdict.of(400)).isEqualTo(Verdict.FAILED);
        assertThat(Verdict.of(404)).isEqualTo(Verdict.FAILED);
        assertThat(Verdict.of(500)).isEqualTo(Verdict.FAILED);
        assertThat(Verdict.of(503)).isEqualTo(Verdict.FAILED);
        assertThat(Verdict.of(null)).isEqualTo(Verdict.FAILED);
    }
}
