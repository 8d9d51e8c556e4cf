package dev.switchboard.routing.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One team's (or the floor's) agents with room, split by step of room ({@link AgentRoom}), each step both
 * least-loaded first and in id order; an offer reads the steps from one up as one index, merged lazily, so walking
 * the first few candidates costs a few steps however many agents there are.
 */
final class RoomSteps {

    private static final Comparator<Agent> BY_ID = Comparator.comparing(Agent::agentId);

    private final List<NavigableSet<Agent>> byLoad = new ArrayList<>();
    private final List<NavigableMap<String, Agent>> byId = new ArrayList<>();

    RoomSteps(int steps) {
        for (int step = 0; step < steps; step++) {
            byLoad.add(new TreeSet<>(AgentChoice.LEAST_LOADED));
            byId.add(new TreeMap<>());
        }
    }

    void place(Agent agent, int step, boolean in) {
        if (in) {
            byLoad.get(step).add(agent);
            byId.get(step).put(agent.agentId(), agent);
        } else {
            byLoad.get(step).remove(agent);
            byId.get(step).remove(agent.agentId());
        }
    }

    /** Those at step {@code from} or above. */
    Offer from(int from) {
        return new Offer(byLoad.subList(from, byLoad.size()), byId.subList(from, byId.size()));
    }

    /** The agents with at least some room, in the orders the strategies walk. */
    record Offer(List<NavigableSet<Agent>> byLoadSteps, List<NavigableMap<String, Agent>> byIdSteps) {

        static final Offer NONE = new Offer(List.of(), List.of());

        /** Least-loaded first. */
        Iterable<Agent> byLoad() {
            return byLoadSteps.size() == 1 ? byLoadSteps.get(0)
                    : () -> merged(byLoadSteps, NavigableSet::iterator, AgentChoice.LEAST_LOADED);
        }

        /** In id order, starting after the agent who got the previous round-robin assignment, and around. */
        Iterable<Agent> inTurnAfter(@Nullable String cursor) {
            if (cursor == null) {
                return () -> merged(byIdSteps, steps -> steps.values().iterator(), BY_ID);
            }
            return () -> new Concatenation(
                    merged(byIdSteps, steps -> steps.tailMap(cursor, false).values().iterator(), BY_ID),
                    merged(byIdSteps, steps -> steps.headMap(cursor, true).values().iterator(), BY_ID));
        }

        private static <S> Iterator<Agent> merged(List<S> steps, Function<S, Iterator<Agent>> order,
                Comparator<Agent> comparator) {
            if (steps.size() == 1) {
                return order.apply(steps.get(0));
            }
            List<Iterator<Agent>> iterators = new ArrayList<>(steps.size());
            steps.forEach(step -> iterators.add(order.apply(step)));
            return steps.isEmpty() ? Collections.emptyIterator() : new Merge(iterators, comparator);
        }
    }

    /** The smallest head of a few sorted iterators, one at a time. */
    private static final class Merge implements Iterator<Agent> {

        private final List<Iterator<Agent>> sources;
        private final @Nullable Agent[] heads;
        private final Comparator<Agent> order;

        Merge(List<Iterator<Agent>> sources, Comparator<Agent> order) {
            this.sources = sources;
            this.heads = new Agent[sources.size()];
            this.order = order;
            for (int i = 0; i < heads.length; i++) {
                heads[i] = sources.get(i).hasNext() ? sources.get(i).next() : null;
            }
        }

        @Override
        public boolean hasNext() {
            for (Agent head : heads) {
                if (head != null) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Agent next() {
            int smallest = -1;
            for (int i = 0; i < heads.length; i++) {
                if (heads[i] != null && (smallest < 0 || order.compare(heads[i], heads[smallest]) < 0)) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                throw new NoSuchElementException();
            }
            Agent next = heads[smallest];
            heads[smallest] = sources.get(smallest).hasNext() ? sources.get(smallest).next() : null;
            return next;
        }
    }

    /** One iterator after the other. */
    private record Concatenation(Iterator<Agent> first, Iterator<Agent> second) implements Iterator<Agent> {

        @Override
        public boolean hasNext() {
            return first.hasNext() || second.hasNext();
        }

        @Override
        public Agent next() {
            return first.hasNext() ? first.next() : second.next();
        }
    }
}
