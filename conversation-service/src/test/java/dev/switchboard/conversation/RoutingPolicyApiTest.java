package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.PresenceReason;
import dev.switchboard.events.RoutingPolicyChanged;
import dev.switchboard.events.RoutingStrategy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admins set the routing policy; routing hears it on routing-inputs; nobody else may, and workspaces stay apart. */
class RoutingPolicyApiTest extends SwitchboardIntegrationTest {

    private static final String PATH = "/api/v1/workspace/routing-policy";

    @Test
    void anAdminsPolicyIsKeptAndToldToRouting() {
        // Given the admin of a workspace of this test only
        String workspace = "policy-" + UUID.randomUUID();
        String admin = adminOf(workspace);

        // When they set round-robin, a heavier email, a 30 s disconnect grace and both waiting-time rules
        AgentApi.Response set = api.put(PATH, admin, Map.of("strategy", "ROUND_ROBIN",
                "channelWeights", Map.of("EMAIL", 0.25), "offlineGraceSeconds", Map.of("DISCONNECTED", 30),
                "priorityBumpAfterSeconds", 600, "skillRelaxationAfterSeconds", 300));

        // Then it is answered and read back as set, and routing hears it keyed by the workspace
        assertThat(set.status()).isEqualTo(200);
        assertThat(api.get(PATH, admin).text("strategy")).isEqualTo("ROUND_ROBIN");
        KafkaProbe.Received<RoutingPolicyChanged> heard = kafka.await(RoutingPolicyChanged.class,
                policy -> policy.workspaceId().equals(workspace));
        assertThat(heard.key()).isEqualTo(workspace);
        assertThat(heard.event().strategy()).isEqualTo(RoutingStrategy.ROUND_ROBIN);
        assertThat(heard.event().offlineGraceSeconds()).containsEntry(PresenceReason.DISCONNECTED, 30L);
        assertThat(heard.event().priorityBumpAfterSeconds()).isEqualTo(600L);
        assertThat(heard.event().skillRelaxationAfterSeconds()).isEqualTo(300L);
        assertThat(heard.event().stickyWindowSeconds()).isEqualTo(RoutingPolicyChanged.DEFAULT_STICKY_WINDOW_SECONDS);
    }

    @Test
    void onlyAdminsMaySetItAndBadValuesAreNamed() {
        // Given an admin of a workspace of this test, and the demo's supervisor
        String admin = adminOf("policy-" + UUID.randomUUID());
        String sam = api.tokenFor("sam", "sam-local-pw");

        // When sam sets a policy, and the admin sends a negative weight and an unknown strategy
        AgentApi.Response bySupervisor = api.put(PATH, sam, Map.of("strategy", "LEAST_LOADED"));
        AgentApi.Response negative = api.put(PATH, admin, Map.of("channelWeights", Map.of("SMS", -1)));
        AgentApi.Response unknown = api.put(PATH, admin, Map.of("strategy", "RANDOM"));

        // Then sam is refused, and each bad value is a 400 problem
        assertThat(bySupervisor.status()).isEqualTo(403);
        assertThat(bySupervisor.text("type")).isEqualTo("https://switchboard.dev/problems/admin-only");
        for (AgentApi.Response bad : List.of(negative, unknown)) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body().has("type")).isTrue();
        }
        assertThat(negative.body().toString()).contains("channelWeights");
    }
}
