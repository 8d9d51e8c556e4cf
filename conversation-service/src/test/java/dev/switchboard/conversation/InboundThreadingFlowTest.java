package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.conversation.EventIds;
import dev.switchboard.events.ConversationOpened;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.conversation.conversation.InboundThreading;
import dev.switchboard.events.SwitchboardEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/** Threading over real Kafka and Mongo: redeliveries, several messages of one thread, and life after resolution. */
class InboundThreadingFlowTest extends SwitchboardIntegrationTest {

    @Autowired
    InboundThreading threading;

    @Test
    void aRedeliveredRecordMakesNoSecondMessageAndPublishesItsEventsOnce() {
        // Given a customer's message
        String handle = InboundFixtures.uniqueHandle();
        MessageReceived message = InboundFixtures.webchatMessage(handle, "Hello?");

        // When the same record arrives three times, then the customer's next message (same thread, same partition)
        kafka.send(message);
        kafka.send(message);
        kafka.send(message);
        MessageReceived next = InboundFixtures.webchatMessage(handle, "Anyone?");
        kafka.send(next);
        kafka.await(MessageAppended.class, event -> event.messageId().equals(next.messageId()));

        // Then its events were published once, under ids derived from the message
        List<KafkaProbe.Received<MessageAppended>> appended = kafka.matching(MessageAppended.class,
                event -> event.messageId().equals(message.messageId()));
        assertThat(appended).extracting(KafkaProbe.Received::ceId).containsExactly(
                EventIds.derived(message.messageId(), "appended").toString());
        assertThat(kafka.matching(ConversationOpened.class, event -> event.contactHandle().equals(handle)))
                .extracting(KafkaProbe.Received::ceId)
                .containsExactly(EventIds.derived(message.messageId(), "opened").toString());
        // And there is one open conversation holding one message of each
        String conversationId = appended.get(0).event().conversationId();
        assertThat(openConversationsOf(handle)).containsExactly(conversationId);
        assertThat(historyOf(conversationId)).containsExactly(message.messageId(), next.messageId());
    }

    @Test
    void twoMessagesOfOneThreadShareOneConversation() {
        // Given a thread's first message, threaded
        String handle = InboundFixtures.uniqueHandle();
        MessageReceived first = InboundFixtures.webchatMessage(handle, "My internet is down");
        String conversationId = deliver(first);

        // When the customer writes again
        MessageReceived second = InboundFixtures.webchatMessage(handle, "Still down");
        String secondConversationId = deliver(second);

        // Then the second message joins the same conversation, which was opened only once
        assertThat(secondConversationId).isEqualTo(conversationId);
        assertThat(kafka.matching(ConversationOpened.class, event -> event.contactHandle().equals(handle)))
                .extracting(KafkaProbe.Received::ceId)
                .containsOnly(EventIds.derived(first.messageId(), "opened").toString());
        assertThat(openConversationsOf(handle)).containsExactly(conversationId);
        assertThat(historyOf(conversationId)).containsExactly(first.messageId(), second.messageId());
    }

    @Test
    void aMessageAfterTheReopenWindowOpensANewConversation() {
        // Given a thread whose conversation was resolved by a supervisor
        String handle = InboundFixtures.uniqueHandle();
        String first = deliver(InboundFixtures.webchatMessage(handle, "Thanks, all good"));
        String sam = api.tokenFor("sam", "sam-local-pw");
        assertThat(api.post("/api/v1/conversations/" + first + "/resolve", sam, null).status()).isEqualTo(200);

        // When the customer writes again, eight days later (past the default 7-day reopen window)
        MessageReceived later = InboundFixtures.webchatMessageAfterReopenWindow(handle, "It broke again");
        String second = deliver(later);

        // Then a new conversation is opened for the thread
        assertThat(second).isNotEqualTo(first);
        assertThat(kafka.await(ConversationOpened.class, event -> event.conversationId().equals(second)).ceId())
                .isEqualTo(EventIds.derived(later.messageId(), "opened").toString());
        assertThat(openConversationsOf(handle)).containsExactly(second);
    }

    @Test
    void concurrentMessagesOfOneThreadNeverOpenTwoConversations() throws Exception {
        // Given eight messages of one new thread, handled at the same moment by eight consumers
        String handle = InboundFixtures.uniqueHandle();
        List<MessageReceived> burst = IntStream.range(0, 8)
                .mapToObj(i -> InboundFixtures.webchatMessage(handle, "Hello " + i)).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService consumers = Executors.newFixedThreadPool(burst.size());
        try {
            List<Future<List<SwitchboardEvent>>> results = new ArrayList<>();
            for (MessageReceived message : burst) {
                results.add(consumers.submit(() -> {
                    start.await();
                    return threading.record(message);
                }));
            }

            // When they race
            start.countDown();

            // Then every message lands in the one conversation, and exactly one of them opened it
            Set<String> conversationIds = new HashSet<>();
            int openings = 0;
            for (Future<List<SwitchboardEvent>> result : results) {
                for (SwitchboardEvent event : result.get(60, TimeUnit.SECONDS)) {
                    if (event instanceof MessageAppended appended) {
                        conversationIds.add(appended.conversationId());
                    }
                    openings += event instanceof ConversationOpened ? 1 : 0;
                }
            }
            assertThat(conversationIds).hasSize(1);
            assertThat(openings).isEqualTo(1);
            assertThat(openConversationsOf(handle)).containsExactlyElementsOf(conversationIds);
        } finally {
            consumers.shutdownNow();
        }
    }

    /** The customer's open conversations, as their contact shows them. */
    private List<String> openConversationsOf(String handle) {
        String sam = api.tokenFor("sam", "sam-local-pw");
        AgentApi.Response contact = api.get("/api/v1/contacts/"
                + MessageReceived.threadOf(InboundFixtures.WORKSPACE, InboundFixtures.INBOX, handle), sam);
        assertThat(contact.status()).isEqualTo(200);
        return contact.body().path("conversations").valueStream()
                .filter(node -> node.path("status").asString().equals("OPEN"))
                .map(node -> node.path("id").asString()).toList();
    }

    private List<String> historyOf(String conversationId) {
        String sam = api.tokenFor("sam", "sam-local-pw");
        AgentApi.Response history = api.get("/api/v1/conversations/" + conversationId + "/messages", sam);
        assertThat(history.status()).isEqualTo(200);
        return history.body().findValuesAsString("messageId");
    }
}
