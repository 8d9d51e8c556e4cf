package dev.switchboard.routing.floor;

import dev.switchboard.events.Channel;
import dev.switchboard.events.Presence;
import dev.switchboard.events.Priority;
import dev.switchboard.events.RoutingStrategy;
import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.Conversation;
import dev.switchboard.routing.engine.RoutingPolicy;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The live floor as a supervisor sees it: every agent with presence, load against capacity per channel and idle
 * time; the queue with positions, priorities, waits and estimated waits.
 *
 * @param asOf the moment waits and idle times are measured at
 */
record FloorView(String workspaceId, Instant asOf, RoutingStrategy strategy, List<Seat> agents,
        List<InLine> queue, int queueLength) {

    static FloorView of(WorkspaceRouting state, Instant now) {
        List<InLine> queue = new ArrayList<>();
        for (int index = 0; index < state.queue().size(); index++) {
            queue.add(InLine.of(state, index, now));
        }
        return new FloorView(state.workspaceId(), now, state.policy().strategy(),
                state.agents().values().stream().map(agent -> Seat.of(agent, now)).toList(), queue, queue.size());
    }

    /**
     * One agent's seat; conversation ids are left out, the floor needs only counts and loads.
     *
     * @param handBackAt while offline within the grace period: when what they hold goes back in line
     * @param idleSeconds since their last assignment, or since their presence last changed if they never had one
     */
    record Seat(String agentId, Presence presence, @Nullable Instant handBackAt, double load, int capacity,
            double occupancy, Map<Channel, ChannelLoad> channels, List<String> teams, List<String> skills,
            @Nullable Long idleSeconds) {

        static Seat of(Agent agent, Instant now) {
            Map<Channel, ChannelLoad> channels = new EnumMap<>(Channel.class);
            agent.held().forEach(held -> channels.merge(held.channel(), new ChannelLoad(1, weight(held.weight())),
                    ChannelLoad::plus));
            Instant since = agent.lastAssignedAt() != null ? agent.lastAssignedAt() : agent.presenceSince();
            return new Seat(agent.agentId(), agent.presence(), agent.handBackAt(), weight(agent.load()),
                    agent.capacity(), agent.budget() == 0 ? 0 : agent.load() / (double) agent.budget(), channels,
                    agent.teams(), agent.skills(), since == null ? null : Duration.between(since, now).toSeconds());
        }
    }

    /** What one channel weighs on an agent: how many conversations, and their weighted load. */
    record ChannelLoad(int conversations, double load) {

        ChannelLoad plus(ChannelLoad other) {
            return new ChannelLoad(conversations + other.conversations, load + other.load);
        }
    }

    /** One waiting conversation and its place in line. */
    record InLine(int position, String conversationId, Priority priority, Channel channel, @Nullable String team,
            List<String> requiredSkills, long waitingSeconds, @Nullable Long estimatedWaitSeconds) {

        static InLine of(WorkspaceRouting state, int index, Instant now) {
            Conversation waiting = state.queue().get(index);
            return new InLine(index + 1, waiting.conversationId(), waiting.priority(), waiting.channel(),
                    waiting.team(), waiting.requiredSkills(), Duration.between(waiting.waitingSince(), now)
                    .toSeconds(), state.estimatedWaitSeconds(index + 1));
        }
    }

    private static double weight(int thousandths) {
        return thousandths / (double) RoutingPolicy.WHOLE;
    }
}
