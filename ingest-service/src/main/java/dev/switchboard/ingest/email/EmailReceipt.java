package dev.switchboard.ingest.email;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The 200 answer to the relay: Kafka has the message under {@code messageId}, or the mail was automatic and
 * deliberately dropped ({@code ignored} says what kind); either way the relay is done with it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EmailReceipt(@Nullable String messageId, @Nullable String ignored) {

    static EmailReceipt accepted(String messageId) {
        return new EmailReceipt(messageId, null);
    }

    static EmailReceipt ignored(String kind) {
        return new EmailReceipt(null, kind);
    }
}
