package dev.switchboard.conversation.presence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.Presence;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The store's guarantee against two writers (a report and a sweep, on two service instances): a change is written
 * only over the version it was computed from, and the presence fields round-trip, on the embedded Mongo-wire server.
 */
class PresenceStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:58:00.123456789Z");

    private final MongoClient client = MongoClients.create(SharedInfrastructure.mongoUri());
    private final MongoDatabase database = client.getDatabase("presence-store-" + UUID.randomUUID());
    private final PresenceStore store = new PresenceStore(database);

    @AfterEach
    void close() {
        database.drop();
        client.close();
    }

    @Test
    void aDocumentFromBeforePresenceReadsAsItsStatusChosenAtVersionZero() {
        // Given
        insertAgent("alice", "AWAY");
        // When
        StoredPresence stored = store.find("demo", "alice").orElseThrow();
        // Then
        assertThat(stored.state().chosen()).isEqualTo(Presence.AWAY);
        assertThat(stored.state().reports()).isEmpty();
        assertThat(stored.version()).isZero();
        assertThat(stored.capacity()).isEqualTo(6);
        assertThat(store.find("acme", "alice")).as("another workspace's agent").isEmpty();
    }

    @Test
    void onlyOneOfTwoChangesComputedFromTheSameVersionIsWritten() {
        // Given: two writers read the same stored presence
        insertAgent("alice", "ONLINE");
        StoredPresence read = store.find("demo", "alice").orElseThrow();
        PresenceState connected = read.state().reported(new InstanceReport("a", 1, NOW.plusSeconds(90), NOW), NOW);
        PresenceState away = read.state().choosing(Presence.AWAY);
        // When
        Optional<StoredPresence> first = store.replace(read, connected, false, NOW);
        Optional<StoredPresence> second = store.replace(read, away, true, NOW);
        // Then: the first is written, the second must compute again from what the first wrote
        assertThat(first).hasValueSatisfying(written -> {
            assertThat(written.version()).isEqualTo(1);
            assertThat(written.state()).isEqualTo(connected);
            assertThat(written.state().reports().get(0).reportedAt()).isEqualTo(NOW);
        });
        assertThat(second).isEmpty();
        assertThat(store.lapsing(NOW.plusSeconds(90), 10)).containsExactly(new AgentRef("demo", "alice"));
        assertThat(store.lapsing(NOW.plusSeconds(89), 10)).isEmpty();
    }

    @Test
    void anAnnouncedChangeIsNoLongerListedForAnnouncingAgain() {
        // Given: a change routing must hear of
        insertAgent("alice", "ONLINE");
        StoredPresence read = store.find("demo", "alice").orElseThrow();
        StoredPresence changed = store.replace(read, read.state().choosing(Presence.AWAY), true, NOW).orElseThrow();
        assertThat(store.unannounced(NOW, 10)).containsExactly(new AgentRef("demo", "alice"));
        assertThat(store.unannounced(NOW.minusSeconds(1), 10)).isEmpty();
        // When
        store.announced(changed);
        // Then
        assertThat(store.unannounced(NOW, 10)).isEmpty();
        assertThat(store.find("demo", "alice").orElseThrow().unannounced()).isFalse();
    }

    private void insertAgent(String id, String status) {
        database.getCollection("agents").insertOne(new Document("_id", id).append("workspaceId", "demo")
                .append("role", "AGENT").append("capacity", 6).append("status", status));
    }
}
