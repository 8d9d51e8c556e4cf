package dev.switchboard.conversation.message;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.conversation.ConversationAccess;
import dev.switchboard.conversation.web.Cursors;
import dev.switchboard.conversation.web.Page;
import dev.switchboard.conversation.web.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A conversation's history for the agents' UI, and the agents' replies into it. */
@RestController
@RequestMapping("/api/v1/conversations/{id}/messages")
class MessageController {

    static final int DEFAULT_PAGE = 50;

    private final ConversationAccess access;
    private final MessageRepository messages;
    private final ReplyToConversation replies;

    MessageController(ConversationAccess access, MessageRepository messages, ReplyToConversation replies) {
        this.access = access;
        this.messages = messages;
        this.replies = replies;
    }

    /**
     * The latest {@code limit} entries (messages and notes), newest last; {@code next} is the cursor of the page
     * before them, so a UI shows the end of the conversation first and scrolls back in time.
     */
    @GetMapping
    Page<MessageView> history(CurrentAgent agent, @PathVariable @Pattern(regexp = Patterns.NAME) String id,
            @RequestParam(required = false) @Nullable @Min(1) @Max(100) Integer limit,
            @RequestParam(required = false) @Nullable @Pattern(regexp = Patterns.CURSOR) String cursor) {
        access.visibleTo(agent, id);
        int size = limit == null ? DEFAULT_PAGE : limit;
        List<String> key = cursor == null ? null : Cursors.decode(cursor, 2);
        List<HistoryEntry> newestFirst = new ArrayList<>(messages.before(agent.workspaceId(), id,
                key == null ? null : Instant.ofEpochMilli(Cursors.number(key.get(0))),
                key == null ? null : key.get(1), size + 1));
        String next = null;
        if (newestFirst.size() > size) {
            newestFirst = new ArrayList<>(newestFirst.subList(0, size));
            HistoryEntry oldest = newestFirst.get(size - 1);
            next = Cursors.encode(List.of(String.valueOf(oldest.createdAt().toEpochMilli()), oldest.id()));
        }
        Collections.reverse(newestFirst);
        return new Page<>(newestFirst.stream().map(MessageView::of).toList(), next);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReplyReceipt reply(CurrentAgent agent, @PathVariable @Pattern(regexp = Patterns.NAME) String id,
            @Valid @RequestBody ReplyRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        Message reply = replies.reply(agent, id, request.text(), idempotencyKey);
        return new ReplyReceipt(reply.id(), reply.conversationId(), reply.createdAt());
    }
}
