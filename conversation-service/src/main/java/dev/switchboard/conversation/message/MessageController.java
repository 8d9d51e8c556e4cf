package dev.switchboard.conversation.message;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.conversation.ConversationAccess;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A conversation's history for the agents' UI, and the agents' replies into it. */
@RestController
@RequestMapping("/api/v1/conversations/{id}/messages")
class MessageController {

    private final ConversationAccess access;
    private final MessageRepository messages;
    private final ReplyToConversation replies;

    MessageController(ConversationAccess access, MessageRepository messages, ReplyToConversation replies) {
        this.access = access;
        this.messages = messages;
        this.replies = replies;
    }

    /** The history, oldest first. */
    @GetMapping
    List<MessageView> history(CurrentAgent agent, @PathVariable String id) {
        access.visibleTo(agent, id);
        return messages.inConversation(agent.workspaceId(), id).stream().map(MessageView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReplyReceipt reply(CurrentAgent agent, @PathVariable String id, @Valid @RequestBody ReplyRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        Message reply = replies.reply(agent, id, request.text(), idempotencyKey);
        return new ReplyReceipt(reply.id(), reply.conversationId(), reply.createdAt());
    }
}
