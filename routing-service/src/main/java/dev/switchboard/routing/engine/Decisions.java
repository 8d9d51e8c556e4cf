package dev.switchboard.routing.engine;

import dev.switchboard.events.AssignmentReason;
import dev.switchboard.events.AssignmentRejected;
import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationUnassigned;
import dev.switchboard.events.RejectionReason;
import dev.switchboard.events.RoutingCandidate;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingStrategy;
import dev.switchboard.events.UnassignmentReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The decisions one input produces, in order, each with an id derived from the workspace's decision sequence number.
 * The counter is stored with the state, so processing an input again from the same stored state (a replay after an
 * aborted transaction) yields the same ids, while a redelivered input, decided anew later, gets new ones.
 */
final class Decisions {

    private final String workspaceId;
    private final Instant now;
    private final List<RoutingDecision> made = new ArrayList<>();
    private final LongSupplier sequence;
    private final long workspaceBits;

    Decisions(String workspaceId, Instant now, LongSupplier sequence, long workspaceBits) {
        this.workspaceId = workspaceId;
        this.now = now;
        this.sequence = sequence;
        this.workspaceBits = workspaceBits;
    }

    /** The assignment the agent was given; {@code agent} is their seat after it. */
    void routed(Conversation conversation, Agent agent, Assignment how) {
        emit(id -> new ConversationRouted(id, now, workspaceId, conversation.conversationId(), agent.agentId(),
                agent.load() / (double) RoutingPolicy.WHOLE, agent.capacity(), how.previousAgentId(), how.reason(),
                how.strategy(), how.candidates(), how.override(), how.requestId()));
    }

    void queued(Conversation conversation, int position, int queueLength, @Nullable Long estimatedWait,
            @Nullable UUID requestId) {
        emit(id -> new ConversationQueued(id, now, workspaceId, conversation.conversationId(), queueLength, null,
                position, estimatedWait, requestId));
    }

    void unassigned(Conversation conversation, String previousAgentId, UnassignmentReason reason, int position,
            int queueLength, @Nullable Long estimatedWait, @Nullable UUID requestId) {
        emit(id -> new ConversationUnassigned(id, now, workspaceId, conversation.conversationId(), previousAgentId,
                reason, position, queueLength, estimatedWait, requestId));
    }

    void rejected(String conversationId, @Nullable String agentId, RejectionReason reason, UUID requestId) {
        emit(id -> new AssignmentRejected(id, now, workspaceId, conversationId, agentId, reason, requestId));
    }

    List<RoutingDecision> made() {
        return made;
    }

    private void emit(Function<UUID, RoutingDecision> decision) {
        made.add(decision.apply(idOf(workspaceBits, sequence.getAsLong())));
    }

    /** The id of a workspace's decision number {@code sequence}. */
    static UUID idOf(String workspaceId, long sequence) {
        return idOf(workspaceBits(workspaceId), sequence);
    }

    /**
     * A version-8 UUID of 60 bits of the workspace id's hash and the sequence number itself: unique per workspace and
     * decision, deterministic on replay, and made without hashing on every decision.
     */
    static UUID idOf(long workspaceBits, long sequence) {
        return new UUID(workspaceBits & ~0xF000L | 0x8000L, sequence & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L);
    }

    /** The first 64 bits of the workspace id's MD5, computed once per workspace. */
    static long workspaceBits(String workspaceId) {
        return UUID.nameUUIDFromBytes(workspaceId.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    /** How and why an assignment was made, for its explanation on the event. */
    record Assignment(AssignmentReason reason, @Nullable RoutingStrategy strategy, List<RoutingCandidate> candidates,
            @Nullable String previousAgentId, boolean override, @Nullable UUID requestId) {
    }
}
