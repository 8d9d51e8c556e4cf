package dev.switchboard.routing.streams;

import dev.switchboard.events.Topic;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * routing-inputs -> decide per workspace against its stored state -> conversation-assignments, and a wall-clock timer
 * that hands back what agents offline past their grace period hold. Defined apart from Spring so that the same
 * topology runs in the application and under {@code TopologyTestDriver}.
 */
public final class RoutingTopology {

    /** The per-workspace state store, changelogged so another instance can take over a workspace's partition. */
    public static final String STORE = "workspace-routing";

    /** When each workspace's next grace period ends (epoch millis), so the timer reads only those that are due. */
    public static final String HAND_BACKS = "workspace-hand-backs";

    /**
     * The largest workspace state the changelog takes: 32 MiB. A workspace is one stored value (about 4 MB at 1,000
     * agents and 10,000 waiting), over the broker's default of 1 MiB per record; the Streams producer's
     * {@code max.request.size} is raised to match in application.yml. Splitting the state into per-agent and
     * per-conversation entries is the real fix (docs/routing.md, "Memory per workspace").
     */
    public static final int LARGEST_STATE_BYTES = 32 * 1024 * 1024;

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

    /** Adds the stores and the routing stream to the builder; returns the stream of encoded decisions. */
    public static KStream<String, byte[]> define(StreamsBuilder builder, Settings settings) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                WorkspaceRoutingSerde.create()).withLoggingEnabled(
                        Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(LARGEST_STATE_BYTES))));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HAND_BACKS),
                Serdes.String(), Serdes.Long()));
        KStream<String, byte[]> decisions = builder
                .stream(settings.inputs(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new WorkspaceRoutingProcessor(settings.handBackCheck(), settings.observer()), STORE,
                        HAND_BACKS);
        decisions.to(settings.decisions(), Produced.with(Serdes.String(), Serdes.ByteArray()));
        return decisions;
    }
}
