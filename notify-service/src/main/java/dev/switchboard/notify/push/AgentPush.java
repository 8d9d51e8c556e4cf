package dev.switchboard.notify.push;

import dev.switchboard.events.ConversationEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.MessageHeaders;
import org.springframework.stereotype.Component;

/**
 * Offers each conversation event, with its record's position, to the connections on this instance that may see it
 * (see {@link Audience} and {@link Viewer}), so queues and conversations update live instead of on reload. Only the
 * event's own workspace is ever considered; the same rule filters what a reconnecting client is sent back.
 */
@Component
public class AgentPush {

    private static final Logger log = LoggerFactory.getLogger(AgentPush.class);

    private final AgentStreams streams;
    private final ConversationTeams teams;

    AgentPush(AgentStreams streams, ConversationTeams teams) {
        this.streams = streams;
        this.teams = teams;
    }

    /** Pushes a record of {@code conversation-events}; its headers carry the partition and offset it resumes by. */
    public void push(ConversationEvent event, MessageHeaders headers) {
        Optional<Position> position = Position.of(headers);
        if (position.isEmpty()) {
            log.warn("not pushing {} {}: the record carries no partition and offset", event.getClass().getSimpleName(),
                    event.eventId());
            return;
        }
        if (streams.watching(event.workspaceId())) {
            streams.offer(Audience.of(event, teams), new PositionedEvent(event, position.get()));
        }
    }
}
