package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.switchboard.conversation.messaging.OutboxRelay;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.ConversationStatus;
import dev.switchboard.events.ConversationStatusChanged;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.ReleaseReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The crash between "write MongoDB" and "publish to Kafka", both ways round, for an agent's request and for a
 * consumed record: the change is stored once, and each of its events reaches Kafka under one {@code ce_id}.
 */
class OutboxCrashTest extends SwitchboardIntegrationTest {

    @Autowired
    MongoDatabase database;

    @Test
    void aChangeWhoseEventsKafkaNeverTookIsPublishedOnceAfterwards() {
        // Given alice's conversation, and a broker that takes nothing from conversation-service
        String id = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        assign(id, "alice");
        long before = revision(id);
        doThrow(new IllegalStateException("broker unreachable")).when(publisher).publish(any(), any());

        // When alice snoozes it: the write succeeds, the publishing after it fails
        AgentApi.Response snoozed = api.post("/api/v1/conversations/" + id + "/snooze",
                api.tokenFor("alice", "alice-local-pw"), Map.of("until", Instant.now().plusSeconds(86_400)));

        // Then the change is stored once, its events wait in the document, and none reached Kafka
        assertThat(snoozed.status()).isEqualTo(200);
        assertThat(revision(id)).isEqualTo(before + 1);
        List<Document> pending = outbox("conversations", id);
        assertThat(pending).extracting(entry -> entry.getString("type")).containsExactly(
                "dev.switchboard.conversation.status-changed.v1", "dev.switchboard.routing.conversation-released.v1");
        assertThat(kafka.matching(ConversationStatusChanged.class, event -> event.conversationId().equals(id)))
                .isEmpty();

        // When the broker is back, as after a restart: the sweep relays what was left
        doCallRealMethod().when(publisher).publish(any(), any());

        // Then each event is published once, under the id stored with it, and the outbox is empty
        assertThat(kafka.await(ConversationStatusChanged.class, event -> event.conversationId().equals(id)).ceId())
                .isEqualTo(pending.get(0).getString("eventId"));
        kafka.await(ConversationReleased.class, event -> event.conversationId().equals(id));
        assertThat(api.post("/api/v1/conversations/" + id + "/resolve", api.tokenFor("sam", "sam-local-pw"), null)
                .status()).isEqualTo(200);
        kafka.await(ConversationResolved.class, event -> event.conversationId().equals(id));
        assertThat(kafka.matching(ConversationStatusChanged.class, event -> event.conversationId().equals(id)
                && event.to() == ConversationStatus.SNOOZED)).hasSize(1);
        assertThat(kafka.matching(ConversationReleased.class, event -> event.conversationId().equals(id)
                && event.reason() == ReleaseReason.SNOOZED)).hasSize(1);
        assertThat(outbox("conversations", id)).isEmpty();
        assertThat(revision(id)).isEqualTo(before + 2);
    }

    @Test
    void aCrashAfterKafkaTookAnEventButBeforeItLeftTheOutboxRepublishesTheSameId() {
        // Given a waiting conversation, and a process that dies right after Kafka acknowledged a send
        String id = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        doAnswer(call -> {
            call.callRealMethod();
            throw new IllegalStateException("crash after the send");
        }).when(publisher).publish(any(), any());

        // When a supervisor resolves it
        AgentApi.Response resolved = api.post("/api/v1/conversations/" + id + "/resolve",
                api.tokenFor("sam", "sam-local-pw"), null);

        // Then the first event reached Kafka but stays in the outbox, with the two after it
        assertThat(resolved.status()).isEqualTo(200);
        KafkaProbe.Received<ConversationResolved> first = kafka.await(ConversationResolved.class,
                event -> event.conversationId().equals(id));
        assertThat(outbox("conversations", id)).hasSize(3);

        // When the process is healthy again and the sweep relays the outbox
        doCallRealMethod().when(publisher).publish(any(), any());

        // Then the repeat carries the same ce_id, so a consumer keyed on it applies the change once
        List<KafkaProbe.Received<ConversationResolved>> copies = kafka.awaitCount(ConversationResolved.class,
                event -> event.conversationId().equals(id), 2);
        assertThat(copies).extracting(KafkaProbe.Received::ceId).containsOnly(first.ceId());
        assertThat(kafka.await(ConversationReleased.class, event -> event.conversationId().equals(id)).event()
                .agentId()).isNull();
        assertThat(awaitEmptyOutbox(id)).isEmpty();
        assertThat(kafka.matching(ConversationStatusChanged.class, event -> event.conversationId().equals(id)))
                .hasSize(1);
    }

    @Test
    void aConsumedMessageWhoseEventsKafkaDidNotTakeIsStoredOnceAndPublishedOnceLater() {
        // Given a broker that takes nothing from conversation-service
        doThrow(new IllegalStateException("broker unreachable")).when(publisher).publish(any(), any());

        // When a customer's message is consumed
        MessageReceived message = InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Anyone there?");
        kafka.send(message);

        // Then it is stored with its events pending; when the broker is back they are published once
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> !outbox(OutboxRelay.MESSAGES, message.messageId()).isEmpty());
        doCallRealMethod().when(publisher).publish(any(), any());
        KafkaProbe.Received<MessageAppended> appended = kafka.await(MessageAppended.class,
                event -> event.messageId().equals(message.messageId()));
        MessageReceived next = InboundFixtures.webchatMessage(message.sender().handle(), "Hello?");
        kafka.send(next);
        kafka.await(MessageAppended.class, event -> event.messageId().equals(next.messageId()));
        assertThat(kafka.matching(MessageAppended.class, event -> event.messageId().equals(message.messageId())))
                .extracting(KafkaProbe.Received::ceId).containsExactly(appended.ceId());
        assertThat(historyOf(appended.event().conversationId())).containsExactly(message.messageId(),
                next.messageId());
    }

    private long revision(String id) {
        Document conversation = database.getCollection("conversations").find(Filters.eq("_id", id)).first();
        return conversation.get("revision", Number.class).longValue();
    }

    private List<Document> outbox(String collection, String id) {
        Document document = database.getCollection(collection).find(Filters.eq("_id", id)).first();
        return document == null ? List.of() : document.getList("outbox", Document.class, List.of());
    }

    private List<Document> awaitEmptyOutbox(String id) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> outbox("conversations", id).isEmpty());
        return outbox("conversations", id);
    }

    private List<String> historyOf(String conversationId) {
        return api.get("/api/v1/conversations/" + conversationId + "/messages", api.tokenFor("sam", "sam-local-pw"))
                .body().findValuesAsString("messageId");
    }
}
