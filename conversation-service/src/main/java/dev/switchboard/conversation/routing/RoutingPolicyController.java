package dev.switchboard.conversation.routing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.messaging.EventPublisher;
import dev.switchboard.conversation.web.Problems;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.RoutingPolicyChanged;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins set their workspace's routing policy (strategy, channel weights, sticky window, grace periods, waiting-time
 * rules): kept in {@code routing_policies} ({@code _id} = workspaceId) and published to routing as
 * {@code RoutingPolicyChanged}. Stored first, then published; a failed publish answers an error, and repeating the
 * same PUT publishes the same policy again, which routing applies idempotently.
 */
@RestController
@RequestMapping("/api/v1/workspace/routing-policy")
class RoutingPolicyController {

    private static final Logger log = LoggerFactory.getLogger(RoutingPolicyController.class);

    private final MongoCollection<Document> policies;
    private final EventPublisher publisher;
    private final Clock clock;

    RoutingPolicyController(MongoDatabase database, EventPublisher publisher, Clock clock) {
        this.policies = database.getCollection("routing_policies");
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The policy in force: the last one set, or routing's defaults if none was. */
    @GetMapping
    RoutingPolicyChanged read(CurrentAgent admin) {
        requireAdmin(admin);
        return Optional.ofNullable(policies.find(Filters.eq("_id", admin.workspaceId())).first())
                .map(stored -> EventCodec.decode(stored.get("policy", Document.class).toJson()
                        .getBytes(StandardCharsets.UTF_8), RoutingPolicyChanged.class))
                .orElseGet(() -> new PolicyRequest(null, null, null, null, null, null, null)
                        .toEvent(admin.workspaceId(), clock.instant()));
    }

    @PutMapping
    RoutingPolicyChanged replace(CurrentAgent admin, @Valid @RequestBody PolicyRequest request) {
        requireAdmin(admin);
        RoutingPolicyChanged policy = request.toEvent(admin.workspaceId(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        policies.replaceOne(Filters.eq("_id", admin.workspaceId()),
                new Document("_id", admin.workspaceId()).append("updatedBy", admin.agentId())
                        .append("policy", Document.parse(new String(EventCodec.encode(policy),
                                StandardCharsets.UTF_8))),
                new ReplaceOptions().upsert(true));
        publisher.publish(policy);
        log.info("Admin {} set the routing policy of workspace {}", admin.agentId(), admin.workspaceId());
        return policy;
    }

    private static void requireAdmin(CurrentAgent agent) {
        if (!agent.isAdmin()) {
            throw Problems.of(HttpStatus.FORBIDDEN, "admin-only", "Admins only",
                    "Only an admin may read or change the routing policy.");
        }
    }
}
