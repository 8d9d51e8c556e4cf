package dev.switchboard.routing.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The queue in drain order with every conversation's position at hand: a list cut into blocks of {@value #BLOCK} to
 * twice that, so that inserting, removing, finding a position and reading the one at a position each cost a walk over
 * the blocks plus a search inside one, not a shift of the whole queue (10,000 waiting is 10 to 20 blocks).
 */
final class RankedLine {

    private static final int BLOCK = 512;

    private final List<List<Conversation>> blocks = new ArrayList<>();
    private int size;

    int size() {
        return size;
    }

    /** Puts a conversation in its place and answers its position, 0 first. */
    int insert(Conversation conversation) {
        if (blocks.isEmpty()) {
            blocks.add(new ArrayList<>(BLOCK));
        }
        int block = blockFor(conversation);
        List<Conversation> in = blocks.get(block);
        int at = -Collections.binarySearch(in, conversation, Conversation.DRAIN_ORDER) - 1;
        if (at < 0) {
            throw new IllegalStateException("already in line: " + conversation.conversationId());
        }
        in.add(at, conversation);
        size++;
        int rank = before(block) + at;
        if (in.size() > 2 * BLOCK) {
            List<Conversation> upper = new ArrayList<>(in.subList(BLOCK, in.size()));
            in.subList(BLOCK, in.size()).clear();
            blocks.add(block + 1, upper);
        }
        return rank;
    }

    /** Takes a conversation out of line and answers the position it had, 0 first. */
    int remove(Conversation conversation) {
        int block = blockFor(conversation);
        List<Conversation> in = blocks.get(block);
        int at = indexIn(in, conversation);
        int rank = before(block) + at;
        in.remove(at);
        size--;
        if (in.isEmpty()) {
            blocks.remove(block);
        }
        return rank;
    }

    /** The position of a conversation in line, 0 first. */
    int rankOf(Conversation conversation) {
        int block = blockFor(conversation);
        return before(block) + indexIn(blocks.get(block), conversation);
    }

    /** Replaces a conversation with the same one changed in ways that keep its place. */
    void replace(Conversation conversation) {
        List<Conversation> in = blocks.get(blockFor(conversation));
        in.set(indexIn(in, conversation), conversation);
    }

    Conversation get(int rank) {
        int left = rank;
        for (List<Conversation> block : blocks) {
            if (left < block.size()) {
                return block.get(left);
            }
            left -= block.size();
        }
        throw new IndexOutOfBoundsException(rank);
    }

    /**
     * The conversations at the given ascending positions (0 first; those past the end are skipped), found in one
     * walk over the blocks.
     */
    List<Conversation> at(int[] ranks, int from) {
        List<Conversation> found = new ArrayList<>();
        int next = from;
        int start = 0;
        for (List<Conversation> block : blocks) {
            while (next < ranks.length && ranks[next] < start + block.size()) {
                if (ranks[next] >= start) {
                    found.add(block.get(ranks[next] - start));
                }
                next++;
            }
            start += block.size();
        }
        return found;
    }

    /** Every conversation in drain order, as a copy. */
    List<Conversation> toList() {
        List<Conversation> all = new ArrayList<>(size);
        blocks.forEach(all::addAll);
        return all;
    }

    /** The first block whose last conversation does not come before this one (the last block if none). */
    private int blockFor(Conversation conversation) {
        int low = 0;
        int high = blocks.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            List<Conversation> block = blocks.get(middle);
            if (Conversation.DRAIN_ORDER.compare(block.get(block.size() - 1), conversation) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int indexIn(List<Conversation> block, Conversation conversation) {
        int at = Collections.binarySearch(block, conversation, Conversation.DRAIN_ORDER);
        if (at < 0) {
            throw new IllegalStateException("not in line: " + conversation.conversationId());
        }
        return at;
    }

    private int before(int block) {
        int count = 0;
        for (int i = 0; i < block; i++) {
            count += blocks.get(i).size();
        }
        return count;
    }
}
