package dev.switchboard.notify.push;

import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationEvent;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.MessageAppended;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.MessageHeaders;
import org.springframework.stereotype.Component;

/**
 * Decides which agents hear a conversation event and offers it, with its record's position, to their connections on
 * this instance, so queues update live instead of on reload. Only the event's own workspace is ever considered; the
 * same rule filters what a reconnecting client is sent back.
 */
@Component
public class AgentPush {

    private static final Logger log = LoggerFactory.getLogger(AgentPush.class);

    private final AgentStreams streams;

    AgentPush(AgentStreams streams) {
        this.streams = streams;
    }

    /** Pushes a record of {@code conversation-events}; its headers carry the partition and offset it resumes by. */
    public void push(ConversationEvent event, MessageHeaders headers) {
        Optional<Position> position = Position.of(headers);
        if (position.isEmpty()) {
            log.warn("not pushing {} {}: the record carries no partition and offset", event.getClass().getSimpleName(),
                    event.eventId());
            return;
        }
        PositionedEvent positioned = new PositionedEvent(event, position.get());
        for (String agentId : recipientsOf(event)) {
            streams.offer(new AgentKey(event.workspaceId(), agentId), positioned);
        }
    }

    /** Whether the agent may see the event, live or read back: same workspace, and one of its recipients. */
    static boolean mayReceive(AgentKey agent, ConversationEvent event) {
        return agent.workspaceId().equals(event.workspaceId()) && recipientsOf(event).contains(agent.agentId());
    }

    /** The assignee (and, on a transfer, the previous one, whose UI must drop it); nobody for an opened conversation. */
    static List<String> recipientsOf(ConversationEvent event) {
        List<String> agents = new ArrayList<>(2);
        if (event instanceof ConversationAssigned assigned) {
            agents.add(assigned.agentId());
            addIfPresent(agents, assigned.previousAgentId());
        } else if (event instanceof MessageAppended appended) {
            addIfPresent(agents, appended.assigneeId());
        } else if (event instanceof ConversationResolved resolved) {
            addIfPresent(agents, resolved.agentId());
        }
        return agents;
    }

    private static void addIfPresent(List<String> agents, @Nullable String agentId) {
        if (agentId != null && !agents.contains(agentId)) {
            agents.add(agentId);
        }
    }
}
