package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Author;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationOpened;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.Direction;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Presence;
import dev.switchboard.events.ReleaseReason;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton's path through conversation-service, run against whichever Kafka and MongoDB the
 * implementing class provides (embedded here, Testcontainers where Docker is available).
 */
interface MainFlowContract {

    KafkaProbe kafka();

    AgentApi api();

    @Test
    default void aCustomerMessageIsThreadedAssignedAnsweredAndResolved() {
        // Given alice signed in and went online
        String alice = api().tokenFor("alice", "alice-local-pw");
        AgentApi.Response online = api().put("/api/v1/agents/me/status", alice, Map.of("status", "ONLINE"));
        assertThat(online.status()).isEqualTo(200);
        assertThat(online.text("agentId")).isEqualTo("alice");
        assertThat(online.body().path("capacity").asInt()).isEqualTo(6);
        KafkaProbe.Received<AgentPresenceChanged> presence = kafka().await(AgentPresenceChanged.class,
                changed -> changed.agentId().equals("alice") && changed.presence() == Presence.ONLINE);
        assertThat(presence.topic()).isEqualTo("routing-inputs");
        assertThat(presence.key()).isEqualTo("demo");
        assertThat(presence.ceType()).isEqualTo("dev.switchboard.agent.presence-changed.v1");

        // When a customer writes in
        String handle = InboundFixtures.uniqueHandle();
        MessageReceived message = InboundFixtures.webchatMessage(handle, "Help! My internet cut out");
        kafka().send(message);

        // Then a conversation is opened, the message appended, and routing is asked for an agent
        KafkaProbe.Received<ConversationOpened> opened = kafka().await(ConversationOpened.class,
                event -> event.contactHandle().equals(handle));
        String conversationId = opened.event().conversationId();
        assertThat(opened.topic()).isEqualTo("conversation-events");
        assertThat(opened.key()).isEqualTo(conversationId);
        assertThat(opened.ceType()).isEqualTo("dev.switchboard.conversation.opened.v1");
        assertThat(opened.ceSource()).isEqualTo("/switchboard/conversation-service");
        KafkaProbe.Received<MessageAppended> appended = kafka().await(MessageAppended.class,
                event -> event.messageId().equals(message.messageId()));
        assertThat(appended.event().conversationId()).isEqualTo(conversationId);
        assertThat(appended.event().text()).isEqualTo("Help! My internet cut out");
        assertThat(appended.event().direction()).isEqualTo(Direction.INBOUND);
        KafkaProbe.Received<ConversationWaiting> waiting = kafka().await(ConversationWaiting.class,
                event -> event.conversationId().equals(conversationId));
        assertThat(waiting.topic()).isEqualTo("routing-inputs");
        assertThat(waiting.ceType()).isEqualTo("dev.switchboard.routing.conversation-waiting.v1");

        // When routing assigns it to alice
        kafka().send(InboundFixtures.routed(conversationId, "alice"));

        // Then the assignment is recorded and announced, and alice sees it in her queue
        KafkaProbe.Received<ConversationAssigned> assigned = kafka().await(ConversationAssigned.class,
                event -> event.conversationId().equals(conversationId));
        assertThat(assigned.event().agentId()).isEqualTo("alice");
        assertThat(assigned.event().previousAgentId()).isNull();
        assertThat(api().allIds("/api/v1/conversations", alice)).contains(conversationId);

        // When alice replies
        AgentApi.Response reply = api().post("/api/v1/conversations/" + conversationId + "/messages", alice,
                Map.of("text", "Let's get you back online."));

        // Then the reply is stored and handed to delivery for the customer's handle
        assertThat(reply.status()).isEqualTo(201);
        String replyId = reply.text("messageId");
        assertThat(reply.text("conversationId")).isEqualTo(conversationId);
        KafkaProbe.Received<AgentReplied> replied = kafka().await(AgentReplied.class,
                event -> event.messageId().equals(replyId));
        assertThat(replied.topic()).isEqualTo("outbound-webchat");
        assertThat(replied.key()).isEqualTo(conversationId);
        assertThat(replied.event().recipient()).isEqualTo(handle);
        assertThat(replied.event().agentId()).isEqualTo("alice");
        assertThat(kafka().await(MessageAppended.class, event -> event.messageId().equals(replyId)).event())
                .satisfies(outbound -> {
                    assertThat(outbound.direction()).isEqualTo(Direction.OUTBOUND);
                    assertThat(outbound.author()).isEqualTo(new Author(Author.Kind.AGENT, "alice"));
                    assertThat(outbound.assigneeId()).isEqualTo("alice");
                });
        AgentApi.Response history = api().get("/api/v1/conversations/" + conversationId + "/messages", alice);
        assertThat(history.body().findValuesAsString("messageId")).containsExactly(message.messageId(), replyId);

        // When alice resolves it
        AgentApi.Response resolved = api().post("/api/v1/conversations/" + conversationId + "/resolve", alice,
                null);

        // Then it is resolved, announced, and alice's capacity handed back to routing
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.text("status")).isEqualTo("RESOLVED");
        assertThat(kafka().await(ConversationResolved.class, event -> event.conversationId().equals(conversationId))
                .event().agentId()).isEqualTo("alice");
        KafkaProbe.Received<ConversationReleased> released = kafka().await(ConversationReleased.class,
                event -> event.conversationId().equals(conversationId));
        assertThat(released.event().agentId()).isEqualTo("alice");
        assertThat(released.event().reason()).isEqualTo(ReleaseReason.RESOLVED);
    }
}
