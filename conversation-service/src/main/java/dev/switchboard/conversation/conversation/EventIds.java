package dev.switchboard.conversation.conversation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Event ids derived from what caused the event, so that publishing the same fact again (after a crash or a
 * redelivery) yields the same {@code ce_id} and consumers can drop the repeat.
 */
public final class EventIds {

    private EventIds() {
    }

    /** A name-based UUID of {@code cause:fact}, e.g. {@code derived(messageId, "appended")}. */
    public static UUID derived(String cause, String fact) {
        return UUID.nameUUIDFromBytes((cause + ":" + fact).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of {@code fact} about the change that made {@code changed}: one per conversation and revision. */
    public static UUID of(Conversation changed, String fact) {
        return derived(changed.id() + "@" + changed.revision(), fact);
    }
}
