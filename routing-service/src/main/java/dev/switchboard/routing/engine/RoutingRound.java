package dev.switchboard.routing.engine;

import dev.switchboard.events.AssignmentReason;
import dev.switchboard.events.Channel;
import dev.switchboard.events.Presence;
import dev.switchboard.events.UnassignmentReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One input applied to one workspace: the moves every rule is made of (route, assign, hand back, drain) on the
 * working {@link Floor}, each recorded as a decision. Not final only so that a test can drain every agent where this
 * drains one, and show both decide the same.
 */
class RoutingRound {

    final Floor floor;
    final Decisions decisions;
    final Announcements announcements;
    final Instant now;

    RoutingRound(WorkspaceRouting state, Instant now) {
        this.floor = new Floor(state);
        this.decisions = new Decisions(state.workspaceId(), now, state.decisions());
        this.announcements = new Announcements(floor, decisions);
        this.now = now;
    }

    /** Assigns at once if an eligible agent has room, otherwise queues and announces the place in line. */
    void route(Conversation conversation, @Nullable UUID requestId) {
        if (!placed(conversation, requestId)) {
            announcements.queued(conversation.conversationId(), requestId);
        }
    }

    /** Assigns at once if an eligible agent has room and answers true; otherwise queues it, unannounced. */
    boolean placed(Conversation conversation, @Nullable UUID requestId) {
        Optional<AgentChoice> choice = AgentChoice.of(floor, conversation, now);
        if (choice.isPresent()) {
            assignChosen(conversation, choice.get(), requestId);
            return true;
        }
        floor.enqueue(conversation);
        return false;
    }

    /**
     * Hands out waiting conversations, most urgent and oldest first, to eligible agents with room. One that nobody
     * can take is passed over, not waited on, and so is every later one with the same needs: no head-of-line blocking.
     */
    void drain() {
        Set<List<Object>> stuck = new HashSet<>();
        int index = 0;
        while (index < floor.queue().size()) {
            Conversation waiting = floor.queue().get(index);
            List<Object> needs = needs(waiting);
            Optional<AgentChoice> choice = stuck.contains(needs) ? Optional.empty()
                    : AgentChoice.of(floor, waiting, now);
            if (choice.isEmpty()) {
                stuck.add(needs);
                index++;
            } else {
                assignChosen(floor.removeQueued(index), choice.get(), null);
            }
        }
    }

    /**
     * Room appeared for one agent only (a release, coming online, a new profile): offers them the waiting
     * conversations in drain order until they are full. Every round ends with nobody able to take anything waiting,
     * and nobody else changed, so this decides exactly what {@link #drain()} would, asking one agent instead of all.
     */
    void drainFor(String agentId) {
        Agent agent = floor.agent(agentId).orElseThrow();
        int index = 0;
        while (index < floor.queue().size() && mayTakeMore(agent)) {
            Conversation waiting = floor.queue().get(index);
            if (Eligibility.automatic(agent, waiting, floor.policy())) {
                AgentChoice choice = AgentChoice.among(List.of(agent), floor, waiting, now).orElseThrow();
                assignChosen(floor.removeQueued(index), choice, null);
                agent = floor.agent(agentId).orElseThrow();
            } else {
                index++;
            }
        }
    }

    void assign(Conversation conversation, Agent agent, Decisions.Assignment how) {
        Conversation held = conversation.heldWith(agent.weightOf(conversation.channel(), floor.policy()),
                how.requestId());
        Agent loaded = agent.assigned(held, now);
        floor.put(loaded);
        floor.assignedAt(now);
        decisions.routed(held, loaded, how);
    }

    /** Puts everything the agent holds back in line, at its original place, then offers it to others. */
    void handBack(Agent agent) {
        List<Conversation> held = new ArrayList<>(agent.held());
        held.sort(Conversation.DRAIN_ORDER);
        floor.put(agent.emptied());
        held.forEach(conversation -> floor.enqueue(
                conversation.takenFrom(agent.agentId(), UnassignmentReason.AGENT_OFFLINE, null)));
        held.forEach(conversation -> announcements.unassigned(conversation.conversationId(), agent.agentId(),
                UnassignmentReason.AGENT_OFFLINE, null));
        drain();
    }

    /** Takes a conversation out of routing wherever it is, freeing its holder's room; empty if routing has none. */
    Optional<Taken> take(String conversationId) {
        Optional<Agent> holder = floor.holderOf(conversationId);
        if (holder.isPresent()) {
            Conversation held = holder.get().held().stream()
                    .filter(mine -> mine.conversationId().equals(conversationId)).findFirst().orElseThrow();
            floor.put(holder.get().released(conversationId));
            return Optional.of(new Taken(held, holder.get().agentId()));
        }
        Optional<Conversation> queued = floor.queued(conversationId);
        queued.ifPresent(waiting -> floor.withdraw(conversationId));
        return queued.map(waiting -> new Taken(waiting, null));
    }

    RoutingOutcome outcome() {
        return new RoutingOutcome(floor.state(decisions.sequence()), decisions.made());
    }

    private void assignChosen(Conversation conversation, AgentChoice choice, @Nullable UUID requestId) {
        AssignmentReason reason = conversation.unassigned() == UnassignmentReason.TRANSFERRED
                ? AssignmentReason.TRANSFER
                : conversation.unassigned() == UnassignmentReason.AGENT_OFFLINE ? AssignmentReason.REQUEUE
                : choice.strategy() == null ? AssignmentReason.STICKY : AssignmentReason.AUTO;
        if (choice.strategy() != null) {
            floor.cursor(conversation.team(), choice.agent().agentId());
        }
        assign(conversation, choice.agent(), new Decisions.Assignment(reason, choice.strategy(),
                choice.candidates(), conversation.previousAgentId(), false, requestId));
    }

    /** Online with room for a conversation on at least their lightest channel. */
    private boolean mayTakeMore(Agent agent) {
        if (agent.presence() != Presence.ONLINE) {
            return false;
        }
        int lightest = Integer.MAX_VALUE;
        for (Channel channel : Channel.values()) {
            lightest = Math.min(lightest, agent.weightOf(channel, floor.policy()));
        }
        return agent.load() + lightest <= agent.budget();
    }

    /** What a conversation asks of an agent: if nobody can give it, nobody can give the next one asking the same. */
    private static List<Object> needs(Conversation conversation) {
        return List.of(conversation.channel(), Objects.toString(conversation.team()),
                conversation.requiredSkills(), Objects.toString(conversation.previousAgentId()),
                Objects.toString(conversation.unassigned()));
    }

    /** A conversation taken out of routing, and who held it ({@code null} if it was waiting). */
    record Taken(Conversation conversation, @Nullable String holderId) {
    }
}
