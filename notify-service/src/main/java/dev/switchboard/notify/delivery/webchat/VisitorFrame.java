package dev.switchboard.notify.delivery.webchat;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Author;
import java.time.format.DateTimeFormatter;
import org.springframework.web.socket.TextMessage;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A reply as the widget reads it: a small, stable frame rather than the internal event, which carries more. */
final class VisitorFrame {

    private static final JsonMapper JSON = JsonMapper.shared();

    private VisitorFrame() {
    }

    static TextMessage of(AgentReplied reply) {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("type", "message");
        frame.put("messageId", reply.messageId());
        frame.put("conversationId", reply.conversationId());
        frame.put("text", reply.text());
        frame.putObject("author").put("kind", Author.Kind.AGENT.name()).put("id", reply.agentId());
        frame.put("sentAt", DateTimeFormatter.ISO_INSTANT.format(reply.occurredAt()));
        return new TextMessage(JSON.writeValueAsString(frame));
    }
}
