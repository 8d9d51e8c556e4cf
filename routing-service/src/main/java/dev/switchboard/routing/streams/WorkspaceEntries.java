package dev.switchboard.routing.streams;

import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.Conversation;
import dev.switchboard.routing.engine.Floor;
import dev.switchboard.routing.engine.FloorChanges;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's routing state as store entries: one for each agent, one for each waiting conversation, one for the
 * rest, so an input writes (and changelogs) the few entries it changed, never the whole workspace. Keys begin with
 * the workspace id's length and the id ({@code 4:demo/a/alice}), so one workspace's entries are a prefix no other
 * workspace's id can share.
 */
final class WorkspaceEntries {

    private static final StringSerializer KEYS = new StringSerializer();

    private WorkspaceEntries() {
    }

    /** Everything stored for a workspace, or {@code null} if nothing is. */
    static @Nullable WorkspaceRouting read(ReadOnlyKeyValueStore<String, StoredEntry> store, String workspaceId) {
        Floor.Meta meta = null;
        List<Agent> agents = new ArrayList<>();
        List<Conversation> waiting = new ArrayList<>();
        try (KeyValueIterator<String, StoredEntry> entries = store.prefixScan(prefix(workspaceId), KEYS)) {
            while (entries.hasNext()) {
                StoredEntry entry = entries.next().value;
                if (entry.meta() != null) {
                    meta = entry.meta();
                } else if (entry.agent() != null) {
                    agents.add(entry.agent());
                } else if (entry.waiting() != null) {
                    waiting.add(entry.waiting());
                }
            }
        }
        return meta == null && agents.isEmpty() && waiting.isEmpty() ? null
                : WorkspaceRouting.of(workspaceId, meta, agents, waiting);
    }

    /** Writes what changed on the floor since the last write, and forgets the changes. */
    static void write(KeyValueStore<String, StoredEntry> store, Floor floor) {
        changed(floor).forEach((key, entry) -> {
            if (entry == null) {
                store.delete(key);
            } else {
                store.put(key, entry);
            }
        });
        floor.changes().clear();
    }

    /** The entries the floor changed since its changes were last cleared, by key; {@code null} for one gone. */
    static Map<String, @Nullable StoredEntry> changed(Floor floor) {
        FloorChanges changes = floor.changes();
        String workspaceId = floor.workspaceId();
        Map<String, @Nullable StoredEntry> changed = new LinkedHashMap<>();
        if (changes.metaChanged()) {
            changed.put(metaKey(workspaceId), new StoredEntry(floor.meta(), null, null));
        }
        for (String agentId : changes.agentIds()) {
            changed.put(agentKey(workspaceId, agentId),
                    new StoredEntry(null, floor.agent(agentId).orElseThrow(), null));
        }
        for (String conversationId : changes.waitingIds()) {
            changed.put(waitingKey(workspaceId, conversationId),
                    floor.waiting(conversationId).map(waiting -> new StoredEntry(null, null, waiting)).orElse(null));
        }
        return changed;
    }

    /** Writes a whole workspace, as entries (a restore from elsewhere, a test). */
    static void writeAll(KeyValueStore<String, StoredEntry> store, WorkspaceRouting state) {
        Floor floor = Floor.of(state);
        store.put(metaKey(state.workspaceId()), new StoredEntry(floor.meta(), null, null));
        state.agents().values().forEach(agent -> store.put(agentKey(state.workspaceId(), agent.agentId()),
                new StoredEntry(null, agent, null)));
        state.queue().forEach(waiting -> store.put(waitingKey(state.workspaceId(), waiting.conversationId()),
                new StoredEntry(null, null, waiting)));
    }

    static String prefix(String workspaceId) {
        return workspaceId.length() + ":" + workspaceId + "/";
    }

    static String metaKey(String workspaceId) {
        return prefix(workspaceId) + "m";
    }

    static String agentKey(String workspaceId, String agentId) {
        return prefix(workspaceId) + "a/" + agentId;
    }

    static String waitingKey(String workspaceId, String conversationId) {
        return prefix(workspaceId) + "w/" + conversationId;
    }

    /** One stored entry: exactly one of its parts is set. */
    record StoredEntry(Floor.@Nullable Meta meta, @Nullable Agent agent, @Nullable Conversation waiting) {
    }
}
