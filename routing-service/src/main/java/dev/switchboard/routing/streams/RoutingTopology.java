package dev.switchboard.routing.streams;

import dev.switchboard.events.Topic;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;

/**
 * routing-inputs -> decide per workspace against its stored state -> conversation-assignments, and a wall-clock timer
 * that hands back what agents offline past their grace period hold. Defined apart from Spring so that the same
 * topology runs in the application and under {@code TopologyTestDriver}.
 */
public final class RoutingTopology {

    /**
     * The routing state store: an entry per agent, per waiting conversation and per workspace for the rest
     * ({@link WorkspaceEntries}), changelogged so another instance can take over a workspace's partition.
     */
    public static final String STORE = "workspace-floor";

    /** When each workspace's next grace period ends (epoch millis), so the timer reads only those that are due. */
    public static final String HAND_BACKS = "workspace-hand-backs";

    private RoutingTopology() {
    }

    /**
     * The topics to read and write, how often the timer looks for ended grace periods, and who watches.
     *
     * @param inputs where routing inputs arrive (the catalogue's {@code routing-inputs})
     * @param decisions where decisions go (the catalogue's {@code conversation-assignments})
     */
    public record Settings(String inputs, String decisions, Duration handBackCheck, RoutingObserver observer) {

        public static Settings defaults() {
            return new Settings(Topic.ROUTING_INPUTS.topicName(), Topic.CONVERSATION_ASSIGNMENTS.topicName(),
                    Duration.ofSeconds(1), RoutingObserver.NONE);
        }
    }

    /**
     * A workspace's state as this instance's store holds it (interactive query), or {@code null} if it has none.
     *
     * @throws org.apache.kafka.streams.errors.InvalidStateStoreException while the store is not queryable here
     */
    public static @Nullable WorkspaceRouting stored(KafkaStreams streams, String workspaceId) {
        return WorkspaceEntries.read(streams.store(StoreQueryParameters.fromNameAndType(STORE,
                QueryableStoreTypes.<String, WorkspaceEntries.StoredEntry>keyValueStore())), workspaceId);
    }

    /** Adds the stores and the routing stream to the builder; returns the stream of encoded decisions. */
    public static KStream<String, byte[]> define(StreamsBuilder builder, Settings settings) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                WorkspaceRoutingSerde.create()).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HAND_BACKS),
                Serdes.String(), Serdes.Long()).withCachingEnabled());
        KStream<String, byte[]> decisions = builder
                .stream(settings.inputs(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new WorkspaceRoutingProcessor(settings.handBackCheck(), settings.observer()), STORE,
                        HAND_BACKS);
        decisions.to(settings.decisions(), Produced.with(Serdes.String(), Serdes.ByteArray()));
        return decisions;
    }
}
