package dev.switchboard.conversation;

import dev.switchboard.conversation.agent.Agent;
import dev.switchboard.conversation.agent.AgentRepository;
import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.conversation.messaging.EventPublisher;
import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Presence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The whole service on a random port, profile {@code local} (demo agents, password sign-in), against the real
 * embedded Kafka broker and Mongo-wire server. Every subclass has the same configuration, so they share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
abstract class SwitchboardIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AgentRepository agents;

    @Autowired
    PasswordEncoder passwords;

    /** The real publisher, through which a test may break Kafka sends for a while (see OutboxCrashTest). */
    @MockitoSpyBean
    EventPublisher publisher;

    KafkaProbe kafka;
    AgentApi api;

    @DynamicPropertySource
    static void embeddedInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongoUri() + "/switchboard");
        registry.add("switchboard.presence.sweep-every", () -> "300ms");
        registry.add("switchboard.conversation.sweeps.interval", () -> "300ms");
        registry.add("switchboard.conversation.sweeps.outbox-grace", () -> "2s");
    }

    @BeforeEach
    void connect() {
        kafka = new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers());
        api = new AgentApi(port);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    /** Sends the customer's message and answers the conversation it was threaded into. */
    String deliver(MessageReceived message) {
        kafka.send(message);
        return kafka.await(MessageAppended.class, appended -> appended.messageId().equals(message.messageId()))
                .event().conversationId();
    }

    /** Plays routing-service: assigns the conversation and waits until conversation-service recorded it. */
    void assign(String conversationId, String agentId) {
        kafka.send(InboundFixtures.routed(conversationId, agentId));
        kafka.await(ConversationAssigned.class, assigned -> assigned.conversationId().equals(conversationId)
                && assigned.agentId().equals(agentId));
    }

    /** A new customer's conversation, assigned by routing to {@code agentId}. */
    String conversationHeldBy(String agentId) {
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        assign(conversationId, agentId);
        return conversationId;
    }

    /** An agent of another workspace, to prove workspaces never see each other's data. */
    void seedAgent(String id, String workspaceId, AgentRole role, String password) {
        agents.insertIfAbsent(new Agent(id, workspaceId, id, role, 6, passwords.encode(password), Presence.OFFLINE));
    }

    /** Seeds an admin of {@code workspaceId} (a workspace of one test) and answers their token. */
    String adminOf(String workspaceId) {
        String id = "admin-" + workspaceId;
        seedAgent(id, workspaceId, AgentRole.ADMIN, "admin-test-pw");
        return api.tokenFor(id, "admin-test-pw");
    }
}
