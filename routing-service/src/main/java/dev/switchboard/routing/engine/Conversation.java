package dev.switchboard.routing.engine;

import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.Priority;
import dev.switchboard.events.UnassignmentReason;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as routing knows it, queued or held: what it needs from an agent, and its original place in line,
 * so one handed back when its agent goes offline returns where it stood.
 *
 * @param waitingSince when it started waiting
 * @param arrival the workspace's arrival counter when it entered, breaking ties between equal {@code waitingSince}
 * @param requestId the request that last placed it, so a redelivery of that request is recognised
 * @param weight what it counts against its agent's capacity while held, in thousandths, fixed when assigned
 * @param announcedPosition the position last announced while it waits
 * @param previousAgentId the agent it was taken from while it waits again
 * @param unassigned why it was taken from them; a transferred one never goes back to them
 * @param raised how many priority levels waiting has raised it by (the workspace's priority bump)
 */
public record Conversation(String conversationId, Channel channel, Priority priority, @Nullable String team,
        List<String> requiredSkills, @Nullable String preferredAgentId, @Nullable Instant lastHelpedAt,
        Instant waitingSince, long arrival, @Nullable UUID requestId, int weight, int announcedPosition,
        @Nullable String previousAgentId, @Nullable UnassignmentReason unassigned, int raised) {

    /** Drain order: highest priority first, then the one waiting longest (then arrival, then id, for a total order). */
    public static final Comparator<Conversation> DRAIN_ORDER = Conversation::inDrainOrder;

    public Conversation {
        channel = channel == null ? Channel.WEBCHAT : channel;
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        weight = weight <= 0 ? RoutingPolicy.WHOLE : weight;
    }

    /** {@link #DRAIN_ORDER} written out: it is compared millions of times a second, so no chain of lambdas. */
    private static int inDrainOrder(Conversation left, Conversation right) {
        int byPriority = right.priority.compareTo(left.priority);
        if (byPriority != 0) {
            return byPriority;
        }
        int bySince = left.waitingSince.compareTo(right.waitingSince);
        if (bySince != 0) {
            return bySince;
        }
        int byArrival = Long.compare(left.arrival, right.arrival);
        return byArrival != 0 ? byArrival : left.conversationId.compareTo(right.conversationId);
    }

    /** One that waiting has not raised. */
    public Conversation(String conversationId, Channel channel, Priority priority, @Nullable String team,
            List<String> requiredSkills, @Nullable String preferredAgentId, @Nullable Instant lastHelpedAt,
            Instant waitingSince, long arrival, @Nullable UUID requestId, int weight, int announcedPosition,
            @Nullable String previousAgentId, @Nullable UnassignmentReason unassigned) {
        this(conversationId, channel, priority, team, requiredSkills, preferredAgentId, lastHelpedAt, waitingSince,
                arrival, requestId, weight, announcedPosition, previousAgentId, unassigned, 0);
    }

    static Conversation of(ConversationWaiting waiting, long arrival) {
        return new Conversation(waiting.conversationId(), waiting.channel(), waiting.priority(), waiting.team(),
                waiting.requiredSkills().stream().sorted().distinct().toList(), waiting.preferredAgentId(),
                waiting.lastHelpedAt(), waiting.waitingSince(), arrival, waiting.eventId(), 0, 0, null, null, 0);
    }

    /** The same conversation asked for again, keeping its place in line and how it came back. */
    Conversation askedAgain(ConversationWaiting waiting) {
        Conversation fresh = of(waiting, arrival);
        return new Conversation(conversationId, fresh.channel, fresh.priority, fresh.team, fresh.requiredSkills,
                fresh.preferredAgentId, fresh.lastHelpedAt, waitingSince, arrival, fresh.requestId, weight,
                announcedPosition, previousAgentId, unassigned, raised);
    }

    Conversation heldWith(int newWeight, @Nullable UUID placedBy) {
        return new Conversation(conversationId, channel, priority, team, requiredSkills, preferredAgentId,
                lastHelpedAt, waitingSince, arrival, placedBy == null ? requestId : placedBy, newWeight, 0, null,
                null, raised);
    }

    /** Back in line after {@code agentId} lost it, with its original priority and waiting time. */
    Conversation takenFrom(String agentId, UnassignmentReason why, @Nullable UUID placedBy) {
        return new Conversation(conversationId, channel, priority, team, requiredSkills, preferredAgentId,
                lastHelpedAt, waitingSince, arrival, placedBy == null ? requestId : placedBy, weight, 0, agentId,
                why, raised);
    }

    Conversation announcedAt(int position) {
        return new Conversation(conversationId, channel, priority, team, requiredSkills, preferredAgentId,
                lastHelpedAt, waitingSince, arrival, requestId, weight, position, previousAgentId, unassigned, raised);
    }

    Conversation withPriority(Priority newPriority) {
        return new Conversation(conversationId, channel, newPriority, team, requiredSkills, preferredAgentId,
                lastHelpedAt, waitingSince, arrival, requestId, weight, announcedPosition, previousAgentId,
                unassigned, raised);
    }

    Conversation withTeam(@Nullable String newTeam) {
        return new Conversation(conversationId, channel, priority, newTeam, requiredSkills, preferredAgentId,
                lastHelpedAt, waitingSince, arrival, requestId, weight, announcedPosition, previousAgentId,
                unassigned, raised);
    }

    Conversation placedBy(UUID request) {
        return new Conversation(conversationId, channel, priority, team, requiredSkills, preferredAgentId,
                lastHelpedAt, waitingSince, arrival, request, weight, announcedPosition, previousAgentId, unassigned,
                raised);
    }

    /** Raised to {@code newPriority} by waiting, {@code levels} levels in all. */
    Conversation raisedTo(Priority newPriority, int levels) {
        return new Conversation(conversationId, channel, newPriority, team, requiredSkills, preferredAgentId,
                lastHelpedAt, waitingSince, arrival, requestId, weight, announcedPosition, previousAgentId, unassigned,
                levels);
    }

    /** No longer requiring any skill. */
    Conversation relaxed() {
        return new Conversation(conversationId, channel, priority, team, List.of(), preferredAgentId, lastHelpedAt,
                waitingSince, arrival, requestId, weight, announcedPosition, previousAgentId, unassigned, raised);
    }
}
