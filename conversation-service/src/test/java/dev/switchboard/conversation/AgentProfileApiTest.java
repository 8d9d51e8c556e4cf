package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.events.AgentProfileChanged;
import dev.switchboard.events.Channel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Supervisors and admins set agents' routing profiles; each change is stored and told to routing. */
class AgentProfileApiTest extends SwitchboardIntegrationTest {

    private static final Map<String, Object> PROFILE = Map.of("capacity", 8,
            "channelWeights", Map.of("EMAIL", 0.5, "WEBCHAT", 1.0), "teams", List.of("billing"),
            "skills", List.of("spanish", "fiber"));

    @Test
    void aSupervisorsChangeIsToldToRoutingForTheWorkspace() {
        // Given the supervisor sam, and an agent of this test only (the demo agents keep their profiles)
        String sam = api.tokenFor("sam", "sam-local-pw");
        seedAgent("pat-demo", InboundFixtures.WORKSPACE, AgentRole.AGENT, "pat-test-pw");

        // When sam sets pat's profile
        AgentApi.Response response = api.put("/api/v1/agents/pat-demo/profile", sam, PROFILE);

        // Then it is answered, and routing hears it on routing-inputs, keyed by the workspace
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("capacity").asInt()).isEqualTo(8);
        KafkaProbe.Received<AgentProfileChanged> changed = kafka.await(AgentProfileChanged.class,
                event -> event.agentId().equals("pat-demo") && event.skills().contains("fiber"));
        assertThat(changed.key()).isEqualTo(InboundFixtures.WORKSPACE);
        assertThat(changed.event().capacity()).isEqualTo(8);
        assertThat(changed.event().channelWeights()).containsEntry(Channel.EMAIL, 0.5);
        assertThat(changed.event().teams()).containsExactly("billing");
    }

    @Test
    void anAdminMayChangeAProfileToo() {
        // Given the demo admin ada, and an agent of this test only
        seedAgent("pia-demo", InboundFixtures.WORKSPACE, AgentRole.AGENT, "pia-test-pw");

        // When ada sets pia's profile
        AgentApi.Response response = api.put("/api/v1/agents/pia-demo/profile", api.tokenFor("ada", "ada-local-pw"),
                PROFILE);

        // Then it is stored and routing hears it
        assertThat(response.status()).isEqualTo(200);
        assertThat(kafka.await(AgentProfileChanged.class, event -> event.agentId().equals("pia-demo")).event()
                .capacity()).isEqualTo(8);
    }

    @Test
    void agentsOtherWorkspacesAndBadValuesAreRefused() {
        // Given an agent, and a supervisor of another workspace
        seedAgent("ines-acme", "acme", AgentRole.SUPERVISOR, "ines-test-pw");

        // When alice changes bob's profile, ines changes it from acme, and sam sends a negative capacity
        AgentApi.Response alices = api.put("/api/v1/agents/bob/profile", api.tokenFor("alice", "alice-local-pw"),
                PROFILE);
        AgentApi.Response foreign = api.put("/api/v1/agents/bob/profile", api.tokenFor("ines-acme", "ines-test-pw"),
                PROFILE);
        AgentApi.Response negative = api.put("/api/v1/agents/bob/profile", api.tokenFor("sam", "sam-local-pw"),
                Map.of("capacity", -1, "teams", List.of("$where")));

        // Then: forbidden, not found (bob is not in acme), and a 400 naming both fields
        assertThat(alices.status()).isEqualTo(403);
        assertThat(alices.text("type")).isEqualTo("https://switchboard.dev/problems/supervisor-only");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text("type")).isEqualTo("https://switchboard.dev/problems/agent-not-found");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().findValuesAsString("field")).contains("capacity").anyMatch(f -> f.startsWith("teams"));
    }
}
