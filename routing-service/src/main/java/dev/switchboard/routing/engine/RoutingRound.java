package dev.switchboard.routing.engine;

import dev.switchboard.events.AssignmentReason;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.UnassignmentReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
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

    RoutingRound(Floor floor, Instant now) {
        this.floor = floor;
        this.decisions = new Decisions(floor.workspaceId(), now, floor::nextDecision, floor.workspaceBits());
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
     * Hands out waiting conversations, most urgent and oldest first, to eligible agents with room. A group of
     * conversations asking the same of an agent that nobody can take is passed over, not waited on: no head-of-line
     * blocking.
     */
    void drain() {
        Set<Needs> stuck = new HashSet<>();
        Optional<Conversation> next = nextWaiting(stuck::contains);
        while (next.isPresent()) {
            Conversation waiting = next.get();
            Optional<AgentChoice> choice = AgentChoice.of(floor, waiting, now);
            if (choice.isEmpty()) {
                stuck.add(Needs.of(waiting));
            } else {
                floor.withdraw(waiting.conversationId());
                assignChosen(waiting, choice.get(), null);
            }
            next = nextWaiting(stuck::contains);
        }
    }

    /**
     * Room appeared for one agent only (a release, coming online, a new profile): offers them the waiting
     * conversations in drain order until they are full. Every round ends with nobody able to take anything waiting,
     * and nobody else changed, so this decides exactly what {@link #drain()} would, asking one agent instead of all.
     */
    void drainFor(String agentId) {
        Agent agent = floor.agent(agentId).orElseThrow();
        while (AgentRoom.hasRoom(agent, floor.policy())) {
            Agent asked = agent;
            Optional<Conversation> next = nextWaiting(
                    needs -> !Eligibility.automatic(asked, needs, floor.policy()));
            if (next.isEmpty()) {
                return;
            }
            AgentChoice choice = AgentChoice.only(agent, floor, next.get(), now).orElseThrow();
            floor.withdraw(next.get().conversationId());
            assignChosen(next.get(), choice, null);
            agent = floor.agent(agentId).orElseThrow();
        }
    }

    /** The first waiting conversation, in drain order, of a group not passed over. */
    private Optional<Conversation> nextWaiting(Predicate<Needs> passOver) {
        for (Map.Entry<Conversation, Needs> head : floor.queue().heads()) {
            if (!passOver.test(head.getValue())) {
                return Optional.of(head.getKey());
            }
        }
        return Optional.empty();
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
        return floor.withdraw(conversationId).map(waiting -> new Taken(waiting, null));
    }

    List<RoutingDecision> made() {
        return decisions.made();
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

    /** A conversation taken out of routing, and who held it ({@code null} if it was waiting). */
    record Taken(Conversation conversation, @Nullable String holderId) {
    }
}
