package dev.switchboard.routing.streams;

import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.Conversation;
import dev.switchboard.routing.engine.Floor;
import dev.switchboard.routing.engine.FloorChanges;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's routing state as store entries: one for each agent's seat, one for each conversation an agent holds,
 * one for each waiting conversation, one for the rest, so an input writes (and changelogs) the few entries it
 * changed, never the whole workspace — an assignment writes the seat, the one conversation and the counters, not
 * everything the agent holds. Keys begin with the workspace id's length and the id ({@code 4:demo/a/alice}), so one
 * workspace's entries are a prefix no other workspace's id can share.
 */
final class WorkspaceEntries {

    private static final StringSerializer KEYS = new StringSerializer();

    private WorkspaceEntries() {
    }

    /** Everything stored for a workspace, or {@code null} if nothing is. */
    static @Nullable WorkspaceRouting read(ReadOnlyKeyValueStore<String, StoredEntry> store, String workspaceId) {
        List<StoredEntry> entries = new ArrayList<>();
        try (KeyValueIterator<String, StoredEntry> stored = store.prefixScan(prefix(workspaceId), KEYS)) {
            stored.forEachRemaining(entry -> entries.add(entry.value));
        }
        return entries.isEmpty() ? null : assemble(workspaceId, entries);
    }

    /** A workspace put together from its entries, in any order: each seat gets back what it holds. */
    static WorkspaceRouting assemble(String workspaceId, Iterable<StoredEntry> entries) {
        Floor.Meta meta = null;
        Map<String, Agent> seats = new LinkedHashMap<>();
        Map<String, List<Conversation>> held = new HashMap<>();
        List<Conversation> waiting = new ArrayList<>();
        for (StoredEntry entry : entries) {
            if (entry.meta() != null) {
                meta = entry.meta();
            } else if (entry.agent() != null) {
                seats.put(entry.agent().agentId(), entry.agent());
            } else if (entry.waiting() != null) {
                waiting.add(entry.waiting());
            } else if (entry.held() != null) {
                held.computeIfAbsent(entry.held().agentId(), id -> new ArrayList<>()).add(entry.held().conversation());
            }
        }
        List<Agent> agents = seats.values().stream()
                .map(seat -> seat.withHeld(held.getOrDefault(seat.agentId(), List.of()))).toList();
        return WorkspaceRouting.of(workspaceId, meta, agents, waiting);
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
            changed.put(metaKey(workspaceId), StoredEntry.of(floor.meta()));
        }
        for (String agentId : changes.agentIds()) {
            changed.put(agentKey(workspaceId, agentId), StoredEntry.of(floor.agent(agentId).orElseThrow()));
        }
        for (String conversationId : changes.heldIds()) {
            changed.put(heldKey(workspaceId, conversationId),
                    floor.held(conversationId).map(StoredEntry::of).orElse(null));
        }
        for (String conversationId : changes.waitingIds()) {
            changed.put(waitingKey(workspaceId, conversationId),
                    floor.waiting(conversationId).map(StoredEntry::waiting).orElse(null));
        }
        return changed;
    }

    /** Writes a whole workspace, as entries (a restore from elsewhere, a test). */
    static void writeAll(KeyValueStore<String, StoredEntry> store, WorkspaceRouting state) {
        all(state).forEach(store::put);
    }

    /** Every entry of a whole workspace, by key. */
    static Map<String, StoredEntry> all(WorkspaceRouting state) {
        String workspaceId = state.workspaceId();
        Map<String, StoredEntry> all = new LinkedHashMap<>();
        all.put(metaKey(workspaceId), StoredEntry.of(Floor.of(state).meta()));
        state.agents().values().forEach(agent -> {
            all.put(agentKey(workspaceId, agent.agentId()), StoredEntry.of(agent));
            agent.held().forEach(held -> all.put(heldKey(workspaceId, held.conversationId()),
                    StoredEntry.of(new Floor.Held(agent.agentId(), held))));
        });
        state.queue().forEach(waiting -> all.put(waitingKey(workspaceId, waiting.conversationId()),
                StoredEntry.waiting(waiting)));
        return all;
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

    static String heldKey(String workspaceId, String conversationId) {
        return prefix(workspaceId) + "h/" + conversationId;
    }

    /**
     * One stored entry: exactly one of its parts is set.
     *
     * @param agent an agent's seat, without what they hold (those are {@code held} entries of their own)
     */
    record StoredEntry(Floor.@Nullable Meta meta, @Nullable Agent agent, @Nullable Conversation waiting,
            Floor.@Nullable Held held) {

        static StoredEntry of(Floor.Meta meta) {
            return new StoredEntry(meta, null, null, null);
        }

        static StoredEntry of(Agent agent) {
            return new StoredEntry(null, agent.withHeld(List.of()), null, null);
        }

        static StoredEntry of(Floor.Held held) {
            return new StoredEntry(null, null, null, held);
        }

        static StoredEntry waiting(Conversation waiting) {
            return new StoredEntry(null, null, waiting, null);
        }
    }
}
