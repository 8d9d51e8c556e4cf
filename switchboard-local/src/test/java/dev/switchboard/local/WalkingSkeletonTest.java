package dev.switchboard.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.ConversationEvent;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.OutboundEvent;
import dev.switchboard.events.RoutingDecision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton, end to end over the real local stack (a real KRaft broker, the Mongo-compatible store, four
 * service JVMs), through public interfaces only: a visitor writes on web chat, the message reaches an online agent's
 * socket, the agent's reply reaches the visitor's socket, every step is on Kafka and in the store, and all of it is
 * still there after the stack restarts on the same data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static Path dataDir;
    private static LocalStack stack;
    private static String conversationId;

    @BeforeAll
    static void startStack() throws Exception {
        dataDir = Files.createTempDirectory("switchboard-e2e");
        stack = LocalStack.start(settings());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void aWebChatMessageReachesTheOnlineAgentAndTheReplyReachesTheVisitor() throws Exception {
        PublicApi api = new PublicApi(stack);
        // Given a visitor with an open web chat connection, and alice online with her console connected
        JsonNode session = api.startVisitorSession("demo-webchat");
        String alice = api.signIn("alice", "alice-local-pw");
        try (SocketClient visitor = SocketClient.connect(api.http(),
                        api.socketUrl("/ws/webchat/demo-webchat?token=" + session.get("token").asString()));
                SocketClient console = SocketClient.connect(api.http(), api.socketUrl("/ws/agent?access_token=" + alice))) {
            assertThat(api.setStatus(alice, "ONLINE").get("status").asString()).isEqualTo("ONLINE");

            // When the visitor writes
            String messageId = api.sendVisitorMessage("demo-webchat", session, "Help! My internet cut out")
                    .get("messageId").asString();

            // Then alice's console is told the conversation is hers, and loads its history as a UI would
            JsonNode assigned = console.await(f -> type(f).equals("dev.switchboard.conversation.assigned.v1"), WAIT);
            conversationId = assigned.get("data").get("conversationId").asString();
            assertThat(assigned.get("data").get("agentId").asString()).isEqualTo("alice");
            JsonNode history = api.messages(alice, conversationId);
            assertThat(texts(history)).containsExactly("Help! My internet cut out");
            assertThat(history.isArray() ? history.get(0) : history.path("items").get(0))
                    .satisfies(m -> assertThat(m.toString()).contains(messageId));

            // When alice replies
            api.reply(alice, conversationId, "Let's get you back online.");

            // Then the visitor's widget shows the reply
            JsonNode reply = visitor.await(f -> f.path("type").asString().equals("message"), WAIT);
            assertThat(reply.get("text").asString()).isEqualTo("Let's get you back online.");
            assertThat(reply.get("conversationId").asString()).isEqualTo(conversationId);
        }
    }

    @Test
    @Order(2)
    void everyStepIsOnKafkaWithItsKeyAndCloudEventsType() {
        // When a subscribing system reads every topic
        List<TopicTrail.Entry> trail = TopicTrail.readUntil(stack.kafkaBootstrapServers(),
                entries -> types(entries).contains("dev.switchboard.delivery.delivered.v1"), WAIT);

        // Then the whole chain is there, each on its topic and keyed by the entity whose order matters
        assertThat(types(trail)).contains(
                "dev.switchboard.message.received.v1",
                "dev.switchboard.conversation.opened.v1",
                "dev.switchboard.routing.conversation-waiting.v1",
                "dev.switchboard.agent.presence-changed.v1",
                "dev.switchboard.routing.conversation-routed.v1",
                "dev.switchboard.conversation.assigned.v1",
                "dev.switchboard.message.reply-requested.v1",
                "dev.switchboard.delivery.delivered.v1");
        // and one conversation's events, sharing a key and so a partition, are in causal order
        assertThat(trail).filteredOn(e -> e.topic().equals("conversation-events") && e.key().equals(conversationId))
                .extracting(TopicTrail.Entry::ceType)
                .containsSubsequence("dev.switchboard.conversation.opened.v1",
                        "dev.switchboard.conversation.message-appended.v1",
                        "dev.switchboard.conversation.assigned.v1",
                        "dev.switchboard.conversation.message-appended.v1");
        assertThat(trail).filteredOn(e -> e.event() instanceof MessageReceived).allSatisfy(e -> {
            assertThat(e.topic()).isEqualTo("inbound-webchat");
            assertThat(e.key()).isEqualTo(((MessageReceived) e.event()).threadKey());
        });
        assertThat(trail).filteredOn(e -> e.event() instanceof ConversationEvent
                        || e.event() instanceof RoutingDecision || e.event() instanceof OutboundEvent)
                .allSatisfy(e -> assertThat(e.key()).isEqualTo(e.event().partitionKey()));
        assertThat(trail).filteredOn(e -> e.topic().equals("routing-inputs"))
                .allSatisfy(e -> assertThat(e.key()).isEqualTo("demo"));
        assertThat(trail).filteredOn(e -> e.event() instanceof AgentReplied)
                .extracting(e -> ((AgentReplied) e.event()).text()).contains("Let's get you back online.");
    }

    @Test
    @Order(3)
    void theConversationAndBothMessagesAreInTheStore() throws Exception {
        PublicApi api = new PublicApi(stack);
        String alice = api.signIn("alice", "alice-local-pw");

        JsonNode messages = api.messages(alice, conversationId);

        assertThat(texts(messages)).containsExactly("Help! My internet cut out", "Let's get you back online.");
        assertThat(api.conversation(alice, conversationId).get("assigneeId").asString()).isEqualTo("alice");
    }

    @Test
    @Order(4)
    void anAgentsDayRunsThroughTheApiWithEveryStepPushedToTheConsoles() throws Exception {
        PublicApi api = new PublicApi(stack);
        String path = "/api/v1/conversations/" + conversationId;
        // Given alice holds the conversation from the first test, and bob comes online with his console open
        String alice = api.signIn("alice", "alice-local-pw");
        String bob = api.signIn("bob", "bob-local-pw");
        try (SocketClient bobs = SocketClient.connect(api.http(), api.socketUrl("/ws/agent?access_token=" + bob))) {
            api.setStatus(bob, "ONLINE");
            assertThat(api.call("GET", "/api/v1/conversations?assignee=me", alice, null, 200).path("items")
                    .toString()).contains(conversationId);

            // When alice notes @bob, then transfers the conversation to him
            api.call("POST", path + "/notes", alice, Map.of("text", "@bob the modem needs a reset"), 201);
            JsonNode note = bobs.await(f -> type(f).equals("dev.switchboard.note.created.v1"), WAIT);
            api.call("POST", path + "/transfer", alice, Map.of("toAgentId", "bob"), 202);

            // Then bob is told of the mention and is given the conversation, alice's name as the previous agent
            assertThat(note.get("data").get("mentionedAgentIds").toString()).contains("bob");
            JsonNode transferred = bobs.await(f -> type(f).equals("dev.switchboard.conversation.assigned.v1")
                    && f.get("data").get("agentId").asString().equals("bob"), WAIT);
            assertThat(transferred.get("data").get("previousAgentId").asString()).isEqualTo("alice");

            // When bob snoozes it until later, wakes it early and, once routing has given it back to him (he helped
            // last), resolves it
            api.call("POST", path + "/snooze", bob, Map.of("until", Instant.now().plusSeconds(3_600).toString()),
                    200);
            bobs.await(f -> type(f).equals("dev.switchboard.conversation.status-changed.v1")
                    && f.get("data").get("to").asString().equals("SNOOZED"), WAIT);
            api.call("POST", path + "/reopen", bob, null, 200);
            bobs.await(f -> type(f).equals("dev.switchboard.conversation.assigned.v1")
                    && f.get("data").get("agentId").asString().equals("bob")
                    && !f.get("id").asString().equals(transferred.get("id").asString()), WAIT);
            api.call("POST", path + "/resolve", bob, null, 200);

            // Then bob's console is told it is resolved, and so is anyone reading it
            bobs.await(f -> type(f).equals("dev.switchboard.conversation.status-changed.v1")
                    && f.get("data").get("to").asString().equals("RESOLVED"), WAIT);
            assertThat(api.conversation(bob, conversationId).get("status").asString()).isEqualTo("RESOLVED");

            // When alice's shift ends
            // Then she goes offline, and nothing of hers is left waiting on her
            assertThat(api.setStatus(alice, "OFFLINE").get("status").asString()).isEqualTo("OFFLINE");
            assertThat(api.call("GET", "/api/v1/conversations?assignee=me", alice, null, 200).path("items")
                    .toString()).doesNotContain(conversationId);
        }
    }

    @Test
    @Order(5)
    void aRestartOnTheSameDataKeepsConversationsAndTopics() throws Exception {
        // Given the stack stopped cleanly
        stack.close();
        stack = null;

        // When it starts again on the same data directory
        stack = LocalStack.start(settings());
        PublicApi api = new PublicApi(stack);
        String sam = api.signIn("sam", "sam-local-pw");

        // Then the store and the topics still hold everything (read by the supervisor: by now bob has resolved it)
        assertThat(texts(api.messages(sam, conversationId)))
                .contains("Help! My internet cut out", "Let's get you back online.");
        assertThat(types(TopicTrail.readUntil(stack.kafkaBootstrapServers(),
                entries -> types(entries).contains("dev.switchboard.delivery.delivered.v1"), WAIT)))
                .contains("dev.switchboard.message.received.v1", "dev.switchboard.delivery.delivered.v1");
    }

    private static LocalSettings settings() {
        Map<Service, Integer> ports = new java.util.EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, dev.switchboard.embedded.FreePorts.pick());
        }
        return new LocalSettings(Path.of("..").toAbsolutePath().normalize(), dataDir, 0, 0, ports,
                LocalSettings.DEFAULT_JVM_OPTIONS);
    }

    private static String type(JsonNode frame) {
        return frame.path("type").asString();
    }

    private static List<String> types(List<TopicTrail.Entry> entries) {
        return entries.stream().map(TopicTrail.Entry::ceType).toList();
    }

    private static List<String> texts(JsonNode messages) {
        JsonNode items = messages.isArray() ? messages : messages.path("items");
        return java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .map(m -> m.get("text").asString()).toList();
    }
}
