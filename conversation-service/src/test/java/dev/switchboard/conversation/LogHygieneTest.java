package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.AgentReplied;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Logs at INFO never carry a secret, a message body or a customer's address: a whole conversation (a customer's
 * message with a marker body from a marker phone number, sign-in, assignment, a marker reply, resolution) runs
 * while the service's output is captured, and none of the markers or secrets is in it.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest extends SwitchboardIntegrationTest {

    private static final String AGENT_TOKEN_SECRET = "local-only-agent-token-secret-change-me-0123456789";

    @Test
    void aWholeConversationLeavesNoSecretBodyOrAddressInTheLogs(CapturedOutput output) {
        // Given markers for the customer's address, their message and the agent's reply
        String phone = "+1555" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        String body = "customer-body-" + UUID.randomUUID();
        String reply = "agent-reply-" + UUID.randomUUID();

        // When the customer writes, alice signs in, is assigned, replies and resolves
        String conversationId = deliver(InboundFixtures.webchatMessage(phone, body));
        String token = api.tokenFor("alice", "alice-local-pw");
        assign(conversationId, "alice");
        String path = "/api/v1/conversations/" + conversationId;
        assertThat(api.post(path + "/messages", token, Map.of("text", reply)).status()).isEqualTo(201);
        kafka.await(AgentReplied.class, replied -> replied.text().equals(reply));
        assertThat(api.post(path + "/resolve", token, null).status()).isEqualTo(200);

        // Then the flow was logged, but not one marker, password, token or secret
        assertThat(output.getAll()).contains(conversationId)
                .doesNotContain(phone, phone.substring(1), body, reply, "alice-local-pw", token,
                        AGENT_TOKEN_SECRET);
    }
}
