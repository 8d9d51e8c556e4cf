package dev.switchboard.conversation.message;

import dev.switchboard.conversation.agent.AgentRepository;
import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.conversation.Conversation;
import dev.switchboard.conversation.conversation.ConversationAccess;
import dev.switchboard.conversation.conversation.EventIds;
import dev.switchboard.conversation.messaging.OutboxRelay;
import dev.switchboard.events.NoteCreated;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Agents write private notes in a conversation, to each other: any agent of the workspace may (that is how a
 * teammate is asked to look), in any status. {@code @id} mentions of the workspace's agents are resolved and
 * announced with the note ({@code note.created}), so notify can alert them; the customer never sees a note.
 */
@Service
class ConversationNotes {

    private static final Logger log = LoggerFactory.getLogger(ConversationNotes.class);

    private final ConversationAccess access;
    private final MessageRepository messages;
    private final AgentRepository agents;
    private final OutboxRelay relay;
    private final Clock clock;

    ConversationNotes(ConversationAccess access, MessageRepository messages, AgentRepository agents,
            OutboxRelay relay, Clock clock) {
        this.access = access;
        this.messages = messages;
        this.agents = agents;
        this.relay = relay;
        this.clock = clock;
    }

    Note write(CurrentAgent agent, String conversationId, String text, @Nullable String idempotencyKey) {
        Conversation conversation = access.visibleTo(agent, conversationId);
        String noteId = IdempotencyKeys.idOf("note", agent, idempotencyKey);
        Optional<Note> earlier = idempotencyKey == null ? Optional.empty() : messages.findNote(noteId);
        earlier.ifPresent(note -> IdempotencyKeys.requireSameRequest(note, note.text(), conversationId, text));
        Note note = earlier.orElseGet(() -> store(conversation, new Note(noteId, conversationId,
                agent.workspaceId(), agent.agentId(), text,
                agents.agentsAmong(agent.workspaceId(), Mentions.handlesIn(text)), clock.instant())));
        relay.flush(OutboxRelay.MESSAGES, note.id());
        log.info("Agent {} noted in conversation {} ({} mentions)", agent.agentId(), conversationId,
                note.mentions().size());
        return note;
    }

    private Note store(Conversation conversation, Note note) {
        NoteCreated created = new NoteCreated(EventIds.derived(note.id(), "note-created"), note.createdAt(),
                note.workspaceId(), note.conversationId(), note.id(), note.agentId(), note.text(), note.mentions(),
                conversation.assigneeId());
        return messages.insert(note, List.of(created)) ? note : messages.findNote(note.id()).orElseThrow();
    }
}
