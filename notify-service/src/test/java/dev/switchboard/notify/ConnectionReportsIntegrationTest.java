package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.AgentConnectionsReported;
import dev.switchboard.notify.presence.PresenceProperties;
import dev.switchboard.notify.security.TestTokens;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What conversation-service learns of an agent's connections on this instance (renewed every second here, valid for
 * three): a report when the first opens and when the last closes, renewals in between, under this instance's id.
 */
class ConnectionReportsIntegrationTest extends NotifyIntegrationTest {

    private final String workspace = "ws-" + UUID.randomUUID();

    @Autowired
    PresenceProperties presence;

    @Test
    void reportsTheFirstConnectionRenewsItAndReportsTheLastClosing() throws Exception {
        // Given / When: alice opens two tabs and keeps them open for a few renewals
        try (TestSocket tab1 = TestSocket.open(agentSocket("alice"))) {
            TestSocket tab2 = TestSocket.open(agentSocket("alice"));
            List<AgentConnectionsReported> open = KafkaTestClient.reportsUntil(workspace, "alice",
                    reports -> reports.stream().filter(report -> report.open() == 2).count() >= 2);
            // Then: the first tab was reported at once, then renewed with the count of the moment, each report later
            // than the last and valid for three seconds, under this instance's id
            assertThat(open.get(0).open()).isEqualTo(1);
            assertThat(open).extracting(AgentConnectionsReported::open).endsWith(2, 2);
            assertThat(open).isSortedAccordingTo(Comparator.comparing(AgentConnectionsReported::occurredAt));
            assertThat(open).allSatisfy(report -> {
                assertThat(report.instanceId()).isEqualTo(presence.instanceId());
                assertThat(Duration.between(report.occurredAt(), report.validUntil())).isEqualTo(Duration.ofSeconds(3));
                assertThat(report.workspaceId()).isEqualTo(workspace);
            });
            tab2.close();
        }
        // When: both tabs are closed
        // Then: the last report says none is open, and no renewal follows it (two renewal periods later)
        List<AgentConnectionsReported> closed = KafkaTestClient.reportsUntil(workspace, "alice",
                reports -> !reports.isEmpty() && reports.get(reports.size() - 1).open() == 0);
        assertThat(closed.get(closed.size() - 1).open()).isZero();
        Thread.sleep(2_500);
        assertThat(KafkaTestClient.reportsSoFar(workspace, "alice")).hasSameSizeAs(closed);
    }

    private URI agentSocket(String agentId) {
        return socket("/ws/agent?access_token=" + TestTokens.agent(workspace, agentId));
    }
}
