package dev.switchboard.routing.engine;

import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.AgentProfileChanged;
import dev.switchboard.events.Presence;
import dev.switchboard.events.RoutingPolicyChanged;
import java.time.Instant;

/**
 * The rules for the floor itself changing: agents' presence and profiles, and the workspace's policy. Anything that
 * may create room drains the queue.
 */
final class AgentChanges {

    private AgentChanges() {
    }

    /**
     * ONLINE takes work (and cancels a pending hand-back); AWAY keeps what it holds but gets nothing new; OFFLINE
     * gets nothing new and, once the grace period for its reason ends, hands back everything it holds.
     */
    static void presence(RoutingRound round, AgentPresenceChanged change) {
        Agent agent = round.floor.agent(change.agentId())
                .orElseGet(() -> Agent.arriving(change.agentId(), Presence.OFFLINE, change.capacity(), round.now));
        if (change.presence() != Presence.OFFLINE) {
            round.floor.put(agent.withPresence(change.presence(), change.capacity(), null, round.now));
            round.drainFor(agent.agentId());
            return;
        }
        Instant due = round.now.plus(round.floor.policy().graceFor(change.reason()));
        if (agent.handBackAt() != null && agent.handBackAt().isBefore(due)) {
            due = agent.handBackAt();
        }
        Agent offline = agent.withPresence(Presence.OFFLINE, change.capacity(), agent.held().isEmpty() ? null : due,
                round.now);
        round.floor.put(offline);
        if (!due.isAfter(round.now)) {
            round.handBack(offline);
        }
    }

    static void profile(RoutingRound round, AgentProfileChanged change) {
        Agent agent = round.floor.agent(change.agentId())
                .orElseGet(() -> Agent.arriving(change.agentId(), Presence.OFFLINE, change.capacity(), round.now));
        round.floor.put(agent.withProfile(change));
        round.drainFor(agent.agentId());
    }

    static void policy(RoutingRound round, RoutingPolicyChanged change) {
        round.floor.policy(RoutingPolicy.of(change));
        round.drain();
    }

    /**
     * Hands back what every OFFLINE agent whose grace period has ended holds, earliest first: the same decisions
     * whether a timer or the next input finds it due, since either does this before anything else.
     */
    static void handBackDue(RoutingRound round) {
        round.floor.handBacksDue(round.now).forEach(round::handBack);
    }
}
