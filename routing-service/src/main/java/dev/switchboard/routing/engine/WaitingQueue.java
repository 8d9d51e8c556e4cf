package dev.switchboard.routing.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The queue while one input is applied: kept in drain order, so a conversation's place is a binary search, with
 * waiting conversations indexed by id. The index is built on first use, as many inputs (a release, a presence change)
 * never look a waiting conversation up by id.
 */
final class WaitingQueue {

    private final List<Conversation> queue;
    private @Nullable Map<String, Conversation> byId;

    WaitingQueue(List<Conversation> ordered) {
        this.queue = new ArrayList<>(ordered);
    }

    List<Conversation> view() {
        return Collections.unmodifiableList(queue);
    }

    Optional<Conversation> find(String conversationId) {
        return Optional.ofNullable(byId().get(conversationId));
    }

    /** Where a waiting conversation stands, 0 first. */
    int indexOf(String conversationId) {
        Conversation waiting = byId().get(conversationId);
        if (waiting == null) {
            throw new IllegalStateException("not queued: " + conversationId);
        }
        int index = Collections.binarySearch(queue, waiting, Conversation.DRAIN_ORDER);
        while (index > 0 && Conversation.DRAIN_ORDER.compare(queue.get(index - 1), waiting) == 0) {
            index--;
        }
        while (!queue.get(index).conversationId().equals(conversationId)) {
            index++;
        }
        return index;
    }

    /** Puts a conversation in line at its place by priority and waiting time. */
    void add(Conversation conversation) {
        int at = Collections.binarySearch(queue, conversation, Conversation.DRAIN_ORDER);
        queue.add(at < 0 ? -at - 1 : at, conversation);
        indexed(conversation);
    }

    /** Replaces a waiting conversation with the same one changed in ways that keep its place (its announcement). */
    void set(int index, Conversation conversation) {
        queue.set(index, conversation);
        indexed(conversation);
    }

    Conversation remove(int index) {
        Conversation removed = queue.remove(index);
        if (byId != null) {
            byId.remove(removed.conversationId());
        }
        return removed;
    }

    void withdraw(String conversationId) {
        if (byId().containsKey(conversationId)) {
            remove(indexOf(conversationId));
        }
    }

    WaitingLine stored() {
        return WaitingLine.ordered(queue);
    }

    private void indexed(Conversation conversation) {
        if (byId != null) {
            byId.put(conversation.conversationId(), conversation);
        }
    }

    private Map<String, Conversation> byId() {
        if (byId == null) {
            byId = new HashMap<>(queue.size() * 4 / 3 + 16);
            queue.forEach(waiting -> byId.put(waiting.conversationId(), waiting));
        }
        return byId;
    }
}
