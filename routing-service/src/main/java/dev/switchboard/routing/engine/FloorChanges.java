package dev.switchboard.routing.engine;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which parts of a workspace's state the inputs since the last {@link #clear()} changed: the agents, the waiting
 * conversations (added, changed or gone) and the rest, so the store writes a few small entries per input instead of
 * the whole workspace.
 */
public final class FloorChanges {

    /** Past this many, a cleared set is made anew: clearing a hash set costs its grown capacity, not its size. */
    private static final int SMALL = 64;

    private Set<String> agentIds = new LinkedHashSet<>();
    private Set<String> waitingIds = new LinkedHashSet<>();
    private boolean meta;

    /** Agents whose seat changed (agents are never removed). */
    public Set<String> agentIds() {
        return Collections.unmodifiableSet(agentIds);
    }

    /** Conversations that joined, changed in or left the queue: store the ones still waiting, delete the others. */
    public Set<String> waitingIds() {
        return Collections.unmodifiableSet(waitingIds);
    }

    /** Whether the policy, counters, cursors or recent assignments changed. */
    public boolean metaChanged() {
        return meta;
    }

    public void clear() {
        agentIds = cleared(agentIds);
        waitingIds = cleared(waitingIds);
        meta = false;
    }

    private static Set<String> cleared(Set<String> ids) {
        if (ids.size() > SMALL) {
            return new LinkedHashSet<>();
        }
        ids.clear();
        return ids;
    }

    void agent(String agentId) {
        agentIds.add(agentId);
    }

    void waiting(String conversationId) {
        waitingIds.add(conversationId);
    }

    void meta() {
        meta = true;
    }
}
