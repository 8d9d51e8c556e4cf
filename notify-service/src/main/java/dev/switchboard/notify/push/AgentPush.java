package dev.switchboard.notify.push;

import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationEvent;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.notify.socket.SocketRegistry;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;

/**
 * Decides which agents hear a conversation event and writes it to their sockets on this instance, so queues update
 * live instead of on reload. Only sockets of the event's own workspace are ever considered.
 */
@Component
public class AgentPush {

    private static final Logger log = LoggerFactory.getLogger(AgentPush.class);

    private final SocketRegistry<AgentKey> agentSockets;

    AgentPush(SocketRegistry<AgentKey> agentSockets) {
        this.agentSockets = agentSockets;
    }

    public void push(ConversationEvent event) {
        TextMessage frame = null;
        for (String agentId : recipientsOf(event)) {
            AgentKey agent = new AgentKey(event.workspaceId(), agentId);
            if (agentSockets.holds(agent)) {
                frame = frame == null ? CloudEventFrame.of(event) : frame;
                int sent = agentSockets.send(agent, frame);
                log.debug("pushed {} {} to {} socket(s) of agent {}", event.getClass().getSimpleName(),
                        event.eventId(), sent, agentId);
            }
        }
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
