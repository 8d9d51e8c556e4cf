package dev.switchboard.routing.engine;

import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The working copy of a workspace while one input is applied: it changes agents and queue and records each decision
 * with an id derived from the input's, so that replaying the input reproduces the same events.
 */
final class RoutingRound {

    private final WorkspaceRouting before;
    private final RoutingInput input;
    private final Instant now;
    private final Map<String, Agent> agents;
    private final List<QueuedConversation> queue;
    private final List<RoutingDecision> decisions = new ArrayList<>();
    private long arrivals;

    RoutingRound(WorkspaceRouting before, RoutingInput input, Instant now) {
        this.before = before;
        this.input = input;
        this.now = now;
        this.agents = before.agentsCopy();
        this.queue = new ArrayList<>(before.queue());
        this.arrivals = before.arrivals();
    }

    Optional<Agent> agent(String agentId) {
        return Optional.ofNullable(agents.get(agentId));
    }

    void put(Agent agent) {
        agents.put(agent.agentId(), agent);
    }

    /** Numbers a newly arrived conversation's place in line. */
    long nextArrival() {
        return arrivals++;
    }

    /** Puts a conversation in line at its original place and announces it. */
    void enqueue(QueuedConversation conversation, @Nullable String previousAgentId) {
        queue.add(conversation);
        queue.sort(QueuedConversation.DRAIN_ORDER);
        emit(id -> new ConversationQueued(id, now, before.workspaceId(), conversation.conversationId(), queue.size(),
                previousAgentId));
    }

    void withdraw(String conversationId) {
        queue.removeIf(conversation -> conversation.conversationId().equals(conversationId));
    }

    /** Hands out waiting conversations, most urgent and oldest first, while any online agent has room. */
    void drain() {
        while (!queue.isEmpty()) {
            Optional<Agent> preferred = preferredAgent();
            if (preferred.isEmpty()) {
                return;
            }
            assign(queue.remove(0), preferred.get());
        }
    }

    /** Assigns at once if anyone has room, otherwise queues: a conversation never waits while an agent is free. */
    void route(QueuedConversation conversation) {
        Optional<Agent> preferred = preferredAgent();
        if (preferred.isPresent() && queue.isEmpty()) {
            assign(conversation, preferred.get());
        } else {
            enqueue(conversation, null);
            drain();
        }
    }

    RoutingOutcome outcome() {
        return new RoutingOutcome(new WorkspaceRouting(before.workspaceId(), new TreeMap<>(agents), queue, arrivals),
                decisions);
    }

    private Optional<Agent> preferredAgent() {
        return agents.values().stream().filter(Agent::hasRoom).min(AgentPreference.ORDER);
    }

    private void assign(QueuedConversation conversation, Agent agent) {
        Agent loaded = agent.assigned(conversation, now);
        put(loaded);
        emit(id -> new ConversationRouted(id, now, before.workspaceId(), conversation.conversationId(),
                loaded.agentId(), loaded.load(), loaded.capacity()));
    }

    private void emit(Function<UUID, RoutingDecision> decision) {
        String seed = input.eventId() + "#" + decisions.size();
        decisions.add(decision.apply(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8))));
    }
}
