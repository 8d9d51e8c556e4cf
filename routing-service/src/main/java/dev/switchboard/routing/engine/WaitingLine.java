package dev.switchboard.routing.engine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The queue as stored: immutable and known to be in drain order, so a state made from the working floor (which keeps
 * its queue ordered) is not sorted again, while a queue from anywhere else (JSON, a test) is sorted once.
 */
final class WaitingLine extends AbstractList<Conversation> implements RandomAccess {

    private final Conversation[] waiting;

    private WaitingLine(Conversation[] waiting) {
        this.waiting = waiting;
    }

    /** The list itself if it already is one, else an ordered immutable copy. */
    static WaitingLine of(List<Conversation> queue) {
        if (queue instanceof WaitingLine line) {
            return line;
        }
        Conversation[] copy = queue.toArray(Conversation[]::new);
        for (Conversation conversation : copy) {
            Objects.requireNonNull(conversation);
        }
        Arrays.sort(copy, Conversation.DRAIN_ORDER);
        return new WaitingLine(copy);
    }

    /** A copy of a queue the caller keeps in drain order. */
    static WaitingLine ordered(List<Conversation> queue) {
        return new WaitingLine(queue.toArray(Conversation[]::new));
    }

    @Override
    public Conversation get(int index) {
        Objects.checkIndex(index, waiting.length);
        return waiting[index];
    }

    @Override
    public int size() {
        return waiting.length;
    }
}
