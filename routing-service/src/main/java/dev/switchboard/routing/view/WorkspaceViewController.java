package dev.switchboard.routing.view;

import dev.switchboard.routing.engine.WorkspaceRouting;
import dev.switchboard.routing.streams.RoutingTopology;
import java.net.URI;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers "who is online, how loaded, how many wait" from the local store by interactive query. Only the workspaces
 * whose partition this instance owns are visible here.
 */
@RestController
class WorkspaceViewController {

    private final StreamsBuilderFactoryBean streams;

    WorkspaceViewController(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @GetMapping("/api/v1/routing/workspaces/{workspaceId}")
    WorkspaceView workspace(@PathVariable String workspaceId) {
        WorkspaceRouting state = store().get(workspaceId);
        if (state == null) {
            throw problem(HttpStatus.NOT_FOUND, "workspace-not-found",
                    "Routing knows no agent or conversation of this workspace.");
        }
        return WorkspaceView.of(state);
    }

    private ReadOnlyKeyValueStore<String, WorkspaceRouting> store() {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        try {
            if (kafkaStreams != null) {
                return kafkaStreams.store(StoreQueryParameters.fromNameAndType(RoutingTopology.STORE,
                        QueryableStoreTypes.keyValueStore()));
            }
        } catch (InvalidStateStoreException e) {
            // the store is migrating or restoring: answered below as temporarily unavailable
        }
        throw problem(HttpStatus.SERVICE_UNAVAILABLE, "routing-state-unavailable",
                "Routing state is being restored or rebalanced; retry shortly.");
    }

    private static ErrorResponseException problem(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://switchboard.dev/problems/" + slug));
        return new ErrorResponseException(status, problem, null);
    }
}
