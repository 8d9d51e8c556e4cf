package dev.switchboard.notify.delivery.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.notify.delivery.provider.ProviderFailure;
import dev.switchboard.notify.delivery.provider.ProviderResponse;
import org.junit.jupiter.api.Test;

/** Graph API answers: Meta says in {@code error.code}, not in the HTTP status, whether to try again. */
class GraphAnswersTest {

    @Test
    void readsTheMessageIdWhereEachApiPutsIt() {
        // Given / When / Then
        assertThat(GraphAnswers.messageId("meta", new ProviderResponse(200,
                "{\"recipient_id\":\"123\",\"message_id\":\"m_1\"}", null), "/message_id")).isEqualTo("m_1");
        assertThat(GraphAnswers.messageId("whatsapp-cloud", new ProviderResponse(200,
                "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.X\"}]}", null), "/messages/0/id"))
                .isEqualTo("wamid.X");
    }

    @Test
    void classifiesGraphErrorsByTheirCode() {
        // Given / When / Then
        assertThat(kindOf(400, error(613, null))).isEqualTo(ProviderFailure.Kind.THROTTLED);
        assertThat(kindOf(400, error(131056, null))).isEqualTo(ProviderFailure.Kind.THROTTLED);
        assertThat(kindOf(400, error(2, null))).isEqualTo(ProviderFailure.Kind.TRANSIENT);
        assertThat(kindOf(400, error(1200, "true"))).isEqualTo(ProviderFailure.Kind.TRANSIENT);
        assertThat(kindOf(400, error(100, null))).isEqualTo(ProviderFailure.Kind.PERMANENT);
        assertThat(kindOf(401, error(190, null))).isEqualTo(ProviderFailure.Kind.PERMANENT);
        assertThat(kindOf(500, "")).isEqualTo(ProviderFailure.Kind.TRANSIENT);
    }

    @Test
    void reportsCodeTypeMessageAndSubcode() {
        // Given / When
        ProviderFailure failure = failure(400, "{\"error\":{\"message\":\"(#100) No matching user found\","
                + "\"type\":\"OAuthException\",\"code\":100,\"error_subcode\":2018001,\"fbtrace_id\":\"x\"}}");
        // Then
        assertThat(failure.code()).isEqualTo("100");
        assertThat(failure.reason()).isEqualTo(
                "meta error 100 (status 400): OAuthException: (#100) No matching user found (subcode 2018001)");
    }

    private static String error(int code, String isTransient) {
        return "{\"error\":{\"message\":\"m\",\"type\":\"OAuthException\",\"code\":" + code
                + (isTransient == null ? "" : ",\"is_transient\":" + isTransient) + "}}";
    }

    private static ProviderFailure.Kind kindOf(int status, String body) {
        return failure(status, body).kind();
    }

    private static ProviderFailure failure(int status, String body) {
        return catchThrowableOfType(ProviderFailure.class,
                () -> GraphAnswers.messageId("meta", new ProviderResponse(status, body, null), "/message_id"));
    }
}
