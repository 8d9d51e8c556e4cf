package dev.switchboard.conversation.message;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.web.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Private notes between agents in a conversation; they show in its history and never reach the customer. */
@RestController
class NoteController {

    private final ConversationNotes notes;

    NoteController(ConversationNotes notes) {
        this.notes = notes;
    }

    @PostMapping("/api/v1/conversations/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    NoteReceipt write(CurrentAgent agent, @PathVariable @Pattern(regexp = Patterns.NAME) String id,
            @Valid @RequestBody NoteRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        Note note = notes.write(agent, id, request.text(), idempotencyKey);
        return new NoteReceipt(note.id(), note.conversationId(), note.mentions(), note.createdAt());
    }

    /** The note's text; {@code @agentId} mentions the workspace's agents. */
    record NoteRequest(
            @NotBlank @Size(max = 4000) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_RULE) String text) {
    }

    /** The stored note, with the agents its mentions resolved to. */
    record NoteReceipt(String noteId, String conversationId, List<String> mentionedAgentIds, Instant createdAt) {
    }
}
