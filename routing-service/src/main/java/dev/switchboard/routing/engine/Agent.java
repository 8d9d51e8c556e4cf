package dev.switchboard.routing.engine;

import dev.switchboard.events.AgentProfileChanged;
import dev.switchboard.events.Channel;
import dev.switchboard.events.Presence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One agent's seat on the floor: whether they take new work, what they may carry (capacity, channel weights, teams,
 * skills) and what they carry now.
 *
 * @param presenceSince when their presence last changed, for the floor view's idle time
 * @param handBackAt while OFFLINE within the grace period: when what they hold goes back in line
 * @param capacity their budget of weighted conversations (a chat weighs 1, an email 0.5 by default)
 * @param channelWeights their own weights in thousandths, overriding the workspace's
 * @param held the conversations assigned to them, each with its weight and original place in line
 * @param lastAssignedAt when they last received a conversation; {@code null} if never
 */
public record Agent(String agentId, Presence presence, @Nullable Instant presenceSince, @Nullable Instant handBackAt,
        int capacity, Map<Channel, Integer> channelWeights, List<String> teams, List<String> skills,
        List<Conversation> held, @Nullable Instant lastAssignedAt) {

    public Agent {
        capacity = Math.max(0, capacity);
        channelWeights = channelWeights == null ? Map.of() : Map.copyOf(channelWeights);
        teams = teams == null ? List.of() : List.copyOf(teams);
        skills = skills == null ? List.of() : List.copyOf(skills);
        held = HeldConversations.of(held);
    }

    static Agent arriving(String agentId, Presence presence, int capacity, Instant now) {
        return new Agent(agentId, presence, now, null, capacity, Map.of(), List.of(), List.of(), List.of(), null);
    }

    /** Their weighted load in thousandths: what each held conversation weighed when assigned, summed once per seat. */
    public int load() {
        return ((HeldConversations) held).load();
    }

    /** Their capacity in thousandths. */
    public int budget() {
        return capacity * RoutingPolicy.WHOLE;
    }

    /** What a conversation on {@code channel} would weigh for them. */
    public int weightOf(Channel channel, RoutingPolicy policy) {
        return channelWeights.getOrDefault(channel, policy.weight(channel));
    }

    public boolean holds(String conversationId) {
        for (Conversation conversation : held) {
            if (conversation.conversationId().equals(conversationId)) {
                return true;
            }
        }
        return false;
    }

    Agent withPresence(Presence newPresence, int newCapacity, @Nullable Instant newHandBackAt, Instant now) {
        Instant since = newPresence == presence && presenceSince != null ? presenceSince : now;
        return new Agent(agentId, newPresence, since, newHandBackAt, newCapacity, channelWeights, teams, skills,
                held, lastAssignedAt);
    }

    Agent withProfile(AgentProfileChanged profile) {
        return new Agent(agentId, presence, presenceSince, handBackAt, profile.capacity(),
                RoutingPolicy.thousandths(profile.channelWeights()), sortedDistinct(profile.teams()),
                sortedDistinct(profile.skills()), held, lastAssignedAt);
    }

    Agent assigned(Conversation conversation, Instant now) {
        List<Conversation> more = new ArrayList<>(held);
        more.add(conversation);
        return new Agent(agentId, presence, presenceSince, handBackAt, capacity, channelWeights, teams, skills, more,
                now);
    }

    Agent released(String conversationId) {
        List<Conversation> fewer = held.stream()
                .filter(conversation -> !conversation.conversationId().equals(conversationId))
                .toList();
        return new Agent(agentId, presence, presenceSince, handBackAt, capacity, channelWeights, teams, skills, fewer,
                lastAssignedAt);
    }

    /** Holding nothing, and no longer waiting to hand anything back. */
    Agent emptied() {
        return new Agent(agentId, presence, presenceSince, null, capacity, channelWeights, teams, skills,
                HeldConversations.none(), lastAssignedAt);
    }

    Agent replacing(Conversation conversation) {
        List<Conversation> updated = held.stream()
                .map(mine -> mine.conversationId().equals(conversation.conversationId()) ? conversation : mine)
                .toList();
        return new Agent(agentId, presence, presenceSince, handBackAt, capacity, channelWeights, teams, skills,
                updated, lastAssignedAt);
    }

    private static List<String> sortedDistinct(List<String> values) {
        return values.stream().sorted().distinct().toList();
    }
}
