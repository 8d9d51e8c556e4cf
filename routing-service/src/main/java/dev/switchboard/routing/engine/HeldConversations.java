package dev.switchboard.routing.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * What an agent holds, immutable, with its weighted load summed once when the list is made: choosing an agent
 * compares loads thousands of times per input, and summing per comparison was most of the cost.
 */
final class HeldConversations extends AbstractList<Conversation> implements RandomAccess {

    private static final HeldConversations NONE = new HeldConversations(new Conversation[0]);

    private final Conversation[] held;
    private final int load;

    private HeldConversations(Conversation[] held) {
        this.held = held;
        int sum = 0;
        for (Conversation conversation : held) {
            sum += Objects.requireNonNull(conversation).weight();
        }
        this.load = sum;
    }

    /** The list itself if it already is one (they are immutable), else an immutable copy. */
    static HeldConversations of(List<Conversation> conversations) {
        if (conversations instanceof HeldConversations same) {
            return same;
        }
        return conversations.isEmpty() ? NONE : new HeldConversations(conversations.toArray(Conversation[]::new));
    }

    static HeldConversations none() {
        return NONE;
    }

    /** The sum of what each conversation weighed when assigned, in thousandths. */
    int load() {
        return load;
    }

    @Override
    public Conversation get(int index) {
        Objects.checkIndex(index, held.length);
        return held[index];
    }

    @Override
    public int size() {
        return held.length;
    }
}
