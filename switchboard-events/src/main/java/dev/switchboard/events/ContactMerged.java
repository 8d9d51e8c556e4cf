package dev.switchboard.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A supervisor merged two contacts: {@code mergedContactId}'s identities and conversations now belong to
 * {@code contactId}. Keyed by the surviving contact.
 *
 * @param conversationIds the merged contact's conversations, now the survivor's
 */
public record ContactMerged(UUID eventId, Instant occurredAt, String workspaceId, String contactId,
        String mergedContactId, List<String> conversationIds, String agentId) implements ConversationEvent {

    public ContactMerged {
        conversationIds = conversationIds == null ? List.of() : List.copyOf(conversationIds);
    }

    @Override
    public String partitionKey() {
        return contactId;
    }
}
