package dev.switchboard.ingest.webchat;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Switchboard's id for a web chat message: name-based on the inbox, the visitor and the widget's own id, so a retried
 * POST is recognisably the same message downstream, while two visitors whose widgets happen to use the same id stay
 * two messages; random when the widget gave no id.
 */
final class MessageIds {

    private MessageIds() {
    }

    static String of(String inboxId, String visitorId, @Nullable String clientMessageId) {
        if (clientMessageId == null) {
            return UUID.randomUUID().toString();
        }
        return UUID.nameUUIDFromBytes((inboxId + ":" + visitorId + ":" + clientMessageId).getBytes(UTF_8))
                .toString();
    }
}
