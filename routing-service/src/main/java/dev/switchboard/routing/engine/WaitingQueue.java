package dev.switchboard.routing.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The queue, kept between inputs: in drain order with positions ({@link RankedLine}), by id, and split by what each
 * conversation needs of an agent ({@link Needs}), so that the next conversation an agent can take is found among the
 * heads of a few groups rather than by walking the line. It also notes which conversations may have moved to another
 * position band, so re-announcing positions never scans the queue. The position last announced to each is kept
 * beside the line, not in the records it holds, so announcing one touches a map entry rather than every index; the
 * records handed out carry it.
 */
final class WaitingQueue {

    private static final Comparator<Conversation> LONGEST_WAITING = Comparator
            .comparing(Conversation::waitingSince).thenComparing(Conversation.DRAIN_ORDER);

    private final RankedLine line = new RankedLine();
    private final Map<String, Conversation> byId = new HashMap<>();
    private final Map<Needs, TreeSet<Conversation>> groups = new HashMap<>();
    private final TreeMap<Conversation, Needs> heads = new TreeMap<>(Conversation.DRAIN_ORDER);
    private final TreeSet<Conversation> longestWaiting = new TreeSet<>(LONGEST_WAITING);
    private final Map<String, Integer> announced = new HashMap<>();
    private Set<String> maybeMoved = new LinkedHashSet<>();

    int size() {
        return line.size();
    }

    Optional<Conversation> find(String conversationId) {
        return Optional.ofNullable(byId.get(conversationId)).map(this::asAnnounced);
    }

    /** The position last announced to a waiting conversation (0 if none yet). */
    int announced(String conversationId) {
        return announced.getOrDefault(conversationId, 0);
    }

    /** Remembers the position just announced to a waiting conversation. */
    void announce(String conversationId, int position) {
        if (byId.containsKey(conversationId)) {
            announced.put(conversationId, position);
        }
    }

    /** Where a waiting conversation stands, 0 first. */
    int indexOf(String conversationId) {
        Conversation waiting = byId.get(conversationId);
        if (waiting == null) {
            throw new IllegalStateException("not queued: " + conversationId);
        }
        return line.rankOf(waiting);
    }

    /** Puts a conversation in line at its place by priority and waiting time. */
    void add(Conversation conversation) {
        int rank = line.insert(conversation);
        byId.put(conversation.conversationId(), conversation);
        announced.put(conversation.conversationId(), conversation.announcedPosition());
        longestWaiting.add(conversation);
        Needs needs = Needs.of(conversation);
        TreeSet<Conversation> group = groups.computeIfAbsent(needs, key -> new TreeSet<>(Conversation.DRAIN_ORDER));
        Conversation head = group.isEmpty() ? null : group.first();
        group.add(conversation);
        moveHead(head, group.first(), needs);
        noteMoved(PositionBands.edgesAfterJoin(rank));
    }

    /** Takes a waiting conversation out of line, if it is in line. */
    Optional<Conversation> withdraw(String conversationId) {
        Conversation removed = byId.remove(conversationId);
        if (removed == null) {
            return Optional.empty();
        }
        removed = removed.announcedAt(announced.remove(conversationId));
        noteMoved(PositionBands.edgesAfterLeave(line.remove(removed)));
        longestWaiting.remove(removed);
        Needs needs = Needs.of(removed);
        TreeSet<Conversation> group = groups.get(needs);
        Conversation head = group.first();
        group.remove(removed);
        if (group.isEmpty()) {
            groups.remove(needs);
        }
        moveHead(head, group.isEmpty() ? null : group.first(), needs);
        return Optional.of(removed);
    }

    /** The first waiting conversation of each group, in drain order, with what the group needs. */
    Set<Map.Entry<Conversation, Needs>> heads() {
        return heads.entrySet();
    }

    /** The waiting conversations that started waiting no later than {@code since}, longest-waiting first. */
    List<Conversation> waitingSinceNoLaterThan(Instant since) {
        List<Conversation> waited = new ArrayList<>();
        for (Conversation waiting : longestWaiting) {
            if (waiting.waitingSince().isAfter(since)) {
                break;
            }
            waited.add(asAnnounced(waiting));
        }
        return waited;
    }

    @Nullable Instant longestWaitingSince() {
        return longestWaiting.isEmpty() ? null : longestWaiting.first().waitingSince();
    }

    /**
     * The waiting conversations that may have left the position band last announced to them since this was last
     * asked, in drain order; forgets them.
     */
    List<Conversation> takeMaybeMoved() {
        List<Conversation> moved = new ArrayList<>();
        for (String conversationId : maybeMoved) {
            Conversation waiting = byId.get(conversationId);
            if (waiting != null) {
                moved.add(asAnnounced(waiting));
            }
        }
        maybeMoved = maybeMoved.size() > 64 ? new LinkedHashSet<>() : maybeMoved;
        maybeMoved.clear();
        moved.sort(Conversation.DRAIN_ORDER);
        return moved;
    }

    List<Conversation> toList() {
        return line.toList().stream().map(this::asAnnounced).toList();
    }

    private Conversation asAnnounced(Conversation waiting) {
        int position = announced(waiting.conversationId());
        return waiting.announcedPosition() == position ? waiting : waiting.announcedAt(position);
    }

    private void moveHead(@Nullable Conversation before, @Nullable Conversation after, Needs needs) {
        if (before == after) {
            return;
        }
        if (before != null) {
            heads.remove(before);
        }
        if (after != null) {
            heads.put(after, needs);
        }
    }

    /** Notes those at the given ranks whose band is no longer the one last announced to them. */
    private void noteMoved(int[] ranks) {
        if (ranks.length == 0 || ranks[0] >= line.size()) {
            return;
        }
        List<Conversation> atEdges = line.at(ranks, 0);
        for (int i = 0; i < atEdges.size(); i++) {
            Conversation waiting = atEdges.get(i);
            if (PositionBands.moved(announced(waiting.conversationId()), ranks[i] + 1)) {
                maybeMoved.add(waiting.conversationId());
            }
        }
    }
}
