package dev.switchboard.routing.floor;

import dev.switchboard.routing.engine.WorkspaceRouting;
import dev.switchboard.routing.streams.RoutingTopology;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Answers a workspace's floor from the instance that owns its partition: from the local store by interactive query
 * when that is this instance, otherwise by asking the owner at its {@code application.server} address once.
 */
@Component
class FloorOwners {

    /** Marks a request one instance forwarded to another, so a moving partition never bounces it around. */
    static final String FORWARDED_BY = "X-Switchboard-Forwarded-By";

    /** Names the instance whose store answered, for operators following a workspace across rebalances. */
    static final String ANSWERED_BY = "X-Switchboard-Answered-By";

    private final StreamsBuilderFactoryBean streams;
    private final Clock clock;
    private final RestClient http;
    private final @Nullable HostInfo self;
    private final String selfAddress;

    FloorOwners(StreamsBuilderFactoryBean streams, KafkaStreamsConfiguration configuration, Clock clock) {
        this.streams = streams;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder().requestFactory(requests).build();
        Object server = configuration.asProperties().get(StreamsConfig.APPLICATION_SERVER_CONFIG);
        this.self = server == null ? null : HostInfo.buildFromEndpoint(server.toString());
        this.selfAddress = server == null ? "(single instance)" : server.toString();
    }

    ResponseEntity<?> floor(String workspaceId, @Nullable String authorization, boolean forwarded) {
        KafkaStreams kafkaStreams = running();
        HostInfo owner = self == null ? null : ownerOf(kafkaStreams, workspaceId);
        if (owner == null || owner.equals(self)) {
            return ResponseEntity.ok().header(ANSWERED_BY, selfAddress).body(local(kafkaStreams,
                    workspaceId));
        }
        if (forwarded) {
            throw FloorProblems.unavailable();
        }
        return forward(owner, workspaceId, Objects.requireNonNull(authorization));
    }

    private KafkaStreams running() {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || !kafkaStreams.state().isRunningOrRebalancing()) {
            throw FloorProblems.unavailable();
        }
        return kafkaStreams;
    }

    private static HostInfo ownerOf(KafkaStreams kafkaStreams, String workspaceId) {
        KeyQueryMetadata metadata = kafkaStreams.queryMetadataForKey(RoutingTopology.STORE, workspaceId,
                Serdes.String().serializer());
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            throw FloorProblems.unavailable();
        }
        return metadata.activeHost();
    }

    private FloorView local(KafkaStreams kafkaStreams, String workspaceId) {
        WorkspaceRouting state;
        try {
            state = RoutingTopology.stored(kafkaStreams, workspaceId);
        } catch (InvalidStateStoreException e) {
            throw FloorProblems.unavailable();
        }
        if (state == null) {
            throw FloorProblems.workspaceNotFound();
        }
        return FloorView.of(state, clock.instant());
    }

    /** The owner's answer, problem or not, passed through as it gave it. */
    private ResponseEntity<String> forward(HostInfo owner, String workspaceId, String authorization) {
        try {
            return http.get().uri("http://{host}:{port}/api/v1/routing/{workspaceId}/floor", owner.host(),
                            owner.port(), workspaceId)
                    .header("Authorization", authorization).header(FORWARDED_BY, selfAddress)
                    .retrieve().toEntity(String.class);
        } catch (RestClientResponseException e) {
            return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(e.getResponseBodyAsString());
        }
    }
}
