package dev.switchboard.routing.engine;

import dev.switchboard.events.Presence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One agent's seat on the floor: whether they take new work, how much they can carry and what they carry now.
 *
 * @param held the conversations assigned to them, each with its original place in line
 * @param lastAssignedAt when they last received a conversation; {@code null} if never
 */
public record Agent(String agentId, Presence presence, int capacity, List<QueuedConversation> held,
        @Nullable Instant lastAssignedAt) {

    public Agent {
        capacity = Math.max(0, capacity);
        held = List.copyOf(held);
    }

    static Agent arriving(String agentId, Presence presence, int capacity) {
        return new Agent(agentId, presence, capacity, List.of(), null);
    }

    /** How many conversations they hold. */
    public int load() {
        return held.size();
    }

    /** Only an ONLINE agent under capacity receives new work; a lowered capacity never takes anything away. */
    public boolean hasRoom() {
        return presence == Presence.ONLINE && load() < capacity;
    }

    public boolean holds(String conversationId) {
        return held.stream().anyMatch(conversation -> conversation.conversationId().equals(conversationId));
    }

    Agent withPresence(Presence newPresence, int newCapacity) {
        return new Agent(agentId, newPresence, newCapacity, held, lastAssignedAt);
    }

    Agent assigned(QueuedConversation conversation, Instant now) {
        List<QueuedConversation> more = new ArrayList<>(held);
        more.add(conversation);
        return new Agent(agentId, presence, capacity, more, now);
    }

    Agent released(String conversationId) {
        List<QueuedConversation> fewer = held.stream()
                .filter(conversation -> !conversation.conversationId().equals(conversationId))
                .toList();
        return new Agent(agentId, presence, capacity, fewer, lastAssignedAt);
    }

    Agent emptied() {
        return new Agent(agentId, presence, capacity, List.of(), lastAssignedAt);
    }
}
