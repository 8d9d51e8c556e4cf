package dev.switchboard.routing.engine;

import dev.switchboard.events.Channel;
import dev.switchboard.events.Presence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The agents who could take something now — ONLINE with room for a conversation on their lightest channel — per team
 * and for the whole floor, each both least-loaded first and in id order: choosing an agent looks at these alone, so a
 * floor where everyone is full costs nothing to ask, however many agents it has.
 */
final class AgentRoom {

    private static final String EVERYONE = "";

    private final Map<String, Pool> pools = new HashMap<>();

    /** Moves an agent's entry from their old seat to their new one ({@code null} for none). */
    void update(@Nullable Agent before, @Nullable Agent after, RoutingPolicy policy) {
        if (before != null && hasRoom(before, policy)) {
            poolsOf(before).forEach(pool -> pool.remove(before));
        }
        if (after != null && hasRoom(after, policy)) {
            poolsOf(after).forEach(pool -> pool.add(after));
        }
    }

    /** Indexes every agent anew, after the policy (and so everyone's lightest weight) changed. */
    void rebuild(Collection<Agent> agents, RoutingPolicy policy) {
        pools.clear();
        agents.forEach(agent -> update(null, agent, policy));
    }

    /** Those with room who may take a conversation of {@code team} (of anyone's, for {@code null}). */
    Pool forTeam(@Nullable String team) {
        return pools.getOrDefault(team == null ? EVERYONE : team, Pool.EMPTY);
    }

    /** Online with room for a conversation on at least their lightest channel. */
    static boolean hasRoom(Agent agent, RoutingPolicy policy) {
        if (agent.presence() != Presence.ONLINE) {
            return false;
        }
        int lightest = Integer.MAX_VALUE;
        for (Channel channel : Channel.values()) {
            lightest = Math.min(lightest, agent.weightOf(channel, policy));
        }
        return agent.load() + lightest <= agent.budget();
    }

    private Collection<Pool> poolsOf(Agent agent) {
        List<Pool> of = new ArrayList<>(agent.teams().size() + 1);
        of.add(pools.computeIfAbsent(EVERYONE, team -> new Pool()));
        agent.teams().forEach(team -> of.add(pools.computeIfAbsent(team, key -> new Pool())));
        return of;
    }

    /** One team's (or the floor's) agents with room, in the two orders the strategies walk. */
    static final class Pool {

        static final Pool EMPTY = new Pool();

        private final NavigableSet<Agent> byLoad = new TreeSet<>(AgentChoice.LEAST_LOADED);
        private final NavigableMap<String, Agent> byId = new TreeMap<>();

        NavigableSet<Agent> byLoad() {
            return byLoad;
        }

        NavigableMap<String, Agent> byId() {
            return byId;
        }

        private void add(Agent agent) {
            byLoad.add(agent);
            byId.put(agent.agentId(), agent);
        }

        private void remove(Agent agent) {
            byLoad.remove(agent);
            byId.remove(agent.agentId());
        }
    }
}
