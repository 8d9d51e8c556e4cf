package dev.switchboard.routing.streams;

import dev.switchboard.events.Topic;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * routing-inputs -> decide per workspace against its stored state -> conversation-assignments. Defined apart from
 * Spring so that the same topology runs in the application and under {@code TopologyTestDriver}.
 */
public final class RoutingTopology {

    /** The per-workspace state store, changelogged so another instance can take over a workspace's partition. */
    public static final String STORE = "workspace-routing";

    private RoutingTopology() {
    }

    /** Adds the store and the routing stream to the builder; returns the stream of encoded decisions. */
    public static KStream<String, byte[]> define(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                WorkspaceRoutingSerde.create()));
        KStream<String, byte[]> decisions = builder
                .stream(Topic.ROUTING_INPUTS.topicName(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(WorkspaceRoutingProcessor::new, STORE);
        decisions.to(Topic.CONVERSATION_ASSIGNMENTS.topicName(), Produced.with(Serdes.String(), Serdes.ByteArray()));
        return decisions;
    }
}
