package dev.switchboard.routing.engine;

import dev.switchboard.events.Channel;
import dev.switchboard.events.UnassignmentReason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a waiting conversation asks of an agent, and nothing else: conversations asking the same are taken by the same
 * agents, so if nobody can take one of them nobody can take the next, and the queue is drained group by group.
 *
 * @param excludedAgentId the agent a conversation was transferred away from, who may not get it back
 */
record Needs(Channel channel, @Nullable String team, List<String> requiredSkills, @Nullable String excludedAgentId) {

    static Needs of(Conversation conversation) {
        return new Needs(conversation.channel(), conversation.team(), conversation.requiredSkills(),
                conversation.unassigned() == UnassignmentReason.TRANSFERRED ? conversation.previousAgentId() : null);
    }
}
