package dev.switchboard.conversation.message;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.web.Problems;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * What makes an agent's write safe to retry: with an {@code Idempotency-Key} its id derives from the agent and the
 * key, so a retry finds what the first attempt stored and answers it; the same key with another request is a 422.
 */
final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /** The id of the {@code kind} ("reply", "note") the agent writes: derived from the key, or new without one. */
    static String idOf(String kind, CurrentAgent agent, @Nullable String idempotencyKey) {
        if (idempotencyKey == null) {
            return UUID.randomUUID().toString();
        }
        String name = kind + ":" + agent.workspaceId() + ":" + agent.agentId() + ":" + idempotencyKey;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A 422 problem unless the earlier request was the same: same conversation, same text. */
    static void requireSameRequest(HistoryEntry earlier, String earlierText, String conversationId, String text) {
        if (!earlier.conversationId().equals(conversationId) || !earlierText.equals(text)) {
            throw Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used for another request; use a new key for a new one.");
        }
    }
}
