package dev.switchboard.routing.engine;

import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.Presence;
import dev.switchboard.events.RoutingInput;
import java.time.Instant;
import java.util.Optional;

/**
 * The routing rules as one pure function from (state, input, now) to (new state, decisions), so that the stream
 * processor can store the state and publish the decisions in one transaction, and a replay decides the same.
 */
public final class RoutingRules {

    private RoutingRules() {
    }

    public static RoutingOutcome apply(WorkspaceRouting state, RoutingInput input, Instant now) {
        RoutingRound round = new RoutingRound(state, input, now);
        if (input instanceof ConversationWaiting waiting) {
            waiting(state, waiting, now, round);
        } else if (input instanceof AgentPresenceChanged change) {
            presenceChanged(change, round);
        } else if (input instanceof ConversationReleased released) {
            released(state, released, round);
        }
        return round.outcome();
    }

    /** A conversation routing already holds or queues is a duplicate and changes nothing. */
    private static void waiting(WorkspaceRouting state, ConversationWaiting waiting, Instant now,
            RoutingRound round) {
        if (state.knows(waiting.conversationId())) {
            return;
        }
        round.route(new QueuedConversation(waiting.conversationId(), waiting.priority(), now,
                round.nextArrival()));
    }

    /** OFFLINE hands back everything held, at its original place in line; any change may free room, so drain. */
    private static void presenceChanged(AgentPresenceChanged change, RoutingRound round) {
        Agent agent = round.agent(change.agentId())
                .map(known -> known.withPresence(change.presence(), change.capacity()))
                .orElseGet(() -> Agent.arriving(change.agentId(), change.presence(), change.capacity()));
        if (change.presence() == Presence.OFFLINE) {
            agent.held().forEach(conversation -> round.enqueue(conversation, change.agentId()));
            agent = agent.emptied();
        }
        round.put(agent);
        round.drain();
    }

    /**
     * Frees the named agent's seat. A release naming someone other than the holder is stale (the conversation has
     * moved on) and changes nothing; a release of a queued conversation withdraws it, since it no longer waits.
     */
    private static void released(WorkspaceRouting state, ConversationReleased released, RoutingRound round) {
        String conversationId = released.conversationId();
        Optional<Agent> holder = state.holderOf(conversationId);
        if (holder.isPresent() && holder.get().agentId().equals(released.agentId())) {
            round.put(holder.get().released(conversationId));
            round.drain();
        } else if (holder.isEmpty() && state.isQueued(conversationId)) {
            round.withdraw(conversationId);
        }
    }
}
