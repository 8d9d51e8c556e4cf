package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.conversation.conversation.SnoozeAlarm;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationStatus;
import dev.switchboard.events.ConversationStatusChanged;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.events.StatusCause;
import dev.switchboard.events.WaitingReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Snooze, wake (by time, by the customer), resolve and reopen through the API, as routing and subscribers see it. */
class ConversationLifecycleApiTest extends SwitchboardIntegrationTest {

    @Autowired
    SnoozeAlarm alarm;

    @Test
    void snoozingReleasesTheAgentAndTheConversationWakesWhenItsTimeComes() {
        // Given alice's conversation
        String id = alices();
        String alice = api.tokenFor("alice", "alice-local-pw");

        // When she snoozes it for two seconds
        AgentApi.Response snoozed = api.post(path(id, "snooze"), alice, Map.of("until", Instant.now().plusSeconds(2)));

        // Then it sleeps, routing frees her room, and subscribers are told
        assertThat(snoozed.status()).isEqualTo(200);
        assertThat(snoozed.text("status")).isEqualTo("SNOOZED");
        assertThat(snoozed.text("snoozedUntil")).isNotBlank();
        KafkaProbe.Received<ConversationReleased> released = kafka.await(ConversationReleased.class,
                event -> event.conversationId().equals(id));
        assertThat(released.event().agentId()).isEqualTo("alice");
        assertThat(released.event().reason()).isEqualTo(ReleaseReason.SNOOZED);
        assertThat(statusChange(id, ConversationStatus.SNOOZED).event().cause()).isEqualTo(StatusCause.AGENT);

        // And when the time has come, it wakes by itself and routing is asked again, preferring alice
        assertThat(statusChange(id, ConversationStatus.OPEN).event().cause()).isEqualTo(StatusCause.SNOOZE_ENDED);
        ConversationWaiting waiting = kafka.await(ConversationWaiting.class,
                event -> event.conversationId().equals(id) && event.reason() == WaitingReason.REOPENED).event();
        assertThat(waiting.preferredAgentId()).isEqualTo("alice");
        AgentApi.Response woken = api.get("/api/v1/conversations/" + id, alice);
        assertThat(woken.text("status")).isEqualTo("OPEN");
        assertThat(woken.body().path("assigneeId").isMissingNode() || woken.body().path("assigneeId").isNull())
                .isTrue();
    }

    @Test
    void theCustomerWritingWakesASnoozedConversation() {
        // Given alice's conversation, snoozed until tomorrow
        String handle = InboundFixtures.uniqueHandle();
        String id = deliver(InboundFixtures.webchatMessage(handle, "Hi"));
        assign(id, "alice");
        assertThat(api.post(path(id, "snooze"), api.tokenFor("alice", "alice-local-pw"),
                Map.of("until", Instant.now().plusSeconds(86_400))).status()).isEqualTo(200);

        // When the customer writes again
        String same = deliver(InboundFixtures.webchatMessage(handle, "Any news?"));

        // Then the message joins it, and it wakes and asks routing for alice again
        assertThat(same).isEqualTo(id);
        assertThat(statusChange(id, ConversationStatus.OPEN).event().cause()).isEqualTo(StatusCause.CUSTOMER_MESSAGE);
        assertThat(kafka.await(ConversationWaiting.class, event -> event.conversationId().equals(id)
                && event.reason() == WaitingReason.REOPENED).event().preferredAgentId()).isEqualTo("alice");
    }

    @Test
    void twoAlarmsFindingTheSameDueConversationWakeItOnce() throws Exception {
        // Given a conversation whose snooze has run out
        String id = alices();
        String sam = sam();
        Instant until = Instant.now().plusSeconds(2); // time for the request on a loaded machine: it must be future
        assertThat(api.post(path(id, "snooze"), sam, Map.of("until", until)).status()).isEqualTo(200);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), until).toMillis()) + 100);

        // When four alarms (as on four instances) run at once, next to the scheduled one
        ExecutorService instances = Executors.newFixedThreadPool(4);
        int woken = 0;
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(instances.submit((Callable<Integer>) alarm::wakeDue));
            }
            for (Future<Integer> run : runs) {
                woken += run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }

        // Then it woke exactly once: one status change, announced under one id (alarms that found it already open
        // may each relay the outbox the winner had not emptied yet: copies, never a second change)
        statusChange(id, ConversationStatus.OPEN);
        assertThat(woken).isLessThanOrEqualTo(1);
        assertThat(api.post(path(id, "resolve"), sam, null).status()).isEqualTo(200);
        statusChange(id, ConversationStatus.RESOLVED);
        assertThat(kafka.matching(ConversationStatusChanged.class, event -> event.conversationId().equals(id)
                && event.to() == ConversationStatus.OPEN).stream().map(KafkaProbe.Received::ceId).distinct())
                .hasSize(1);
    }

    @Test
    void aSnoozeMustEndInTheFuture() {
        // Given alice's conversation / When she snoozes it until a minute ago, or without a time
        String id = alices();
        String alice = api.tokenFor("alice", "alice-local-pw");
        AgentApi.Response past = api.post(path(id, "snooze"), alice, Map.of("until", Instant.now().minusSeconds(60)));
        AgentApi.Response none = api.post(path(id, "snooze"), alice, Map.of());

        // Then both are 400 problems naming the field
        for (AgentApi.Response response : List.of(past, none)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body().findValuesAsString("field")).containsExactly("until");
        }
    }

    @Test
    void reopeningAResolvedConversationAsksRoutingAgainPreferringItsAgent() {
        // Given alice's resolved conversation
        String handle = InboundFixtures.uniqueHandle();
        String id = deliver(InboundFixtures.webchatMessage(handle, "Hi"));
        assign(id, "alice");
        String alice = api.tokenFor("alice", "alice-local-pw");
        assertThat(api.post(path(id, "resolve"), alice, null).status()).isEqualTo(200);

        // When she reopens it, twice
        AgentApi.Response reopened = api.post(path(id, "reopen"), alice, null);
        AgentApi.Response again = api.post(path(id, "reopen"), alice, null);

        // Then it is open and waiting, routing is asked for her, and the customer's next message joins it
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.text("status")).isEqualTo("OPEN");
        assertThat(again.status()).isEqualTo(200);
        KafkaProbe.Received<ConversationStatusChanged> changed = statusChange(id, ConversationStatus.OPEN);
        assertThat(changed.event().from()).isEqualTo(ConversationStatus.RESOLVED);
        assertThat(changed.event().agentId()).isEqualTo("alice");
        assertThat(kafka.await(ConversationWaiting.class, event -> event.conversationId().equals(id)
                && event.reason() == WaitingReason.REOPENED).event().preferredAgentId()).isEqualTo("alice");
        assertThat(deliver(InboundFixtures.webchatMessage(handle, "Thanks for coming back"))).isEqualTo(id);
        assertThat(kafka.matching(ConversationStatusChanged.class, event -> event.conversationId().equals(id)
                && event.to() == ConversationStatus.OPEN)).hasSize(1);
    }

    @Test
    void aConversationCannotBeReopenedOnceTheCustomerHasANewerOne() {
        // Given a resolved conversation whose customer has written since, past the reopen window, opening another
        String handle = InboundFixtures.uniqueHandle();
        String first = deliver(InboundFixtures.webchatMessage(handle, "Hi"));
        String sam = sam();
        assertThat(api.post(path(first, "resolve"), sam, null).status()).isEqualTo(200);
        String second = deliver(InboundFixtures.webchatMessageAfterReopenWindow(handle, "Me again"));

        // When the supervisor reopens the first
        AgentApi.Response reopened = api.post(path(first, "reopen"), sam, null);

        // Then it is a conflict pointing at the newer one
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(reopened.text("type")).isEqualTo("https://switchboard.dev/problems/thread-has-open-conversation");
        assertThat(reopened.text("detail")).contains(second);
    }

    @Test
    void onlyTheAssigneeOrASupervisorChangesAConversationAndOtherWorkspacesDoNotSeeIt() {
        // Given alice's conversation, bob of her workspace and olga of another
        String id = alices();
        String bob = api.tokenFor("bob", "bob-local-pw");
        seedAgent("olga-acme", "acme", AgentRole.SUPERVISOR, "olga-test-pw");
        String olga = api.tokenFor("olga-acme", "olga-test-pw");
        Map<String, Object> tomorrow = Map.of("until", Instant.now().plusSeconds(86_400));

        // When bob and olga snooze, reopen, resolve and triage it
        List<AgentApi.Response> bobs = List.of(api.post(path(id, "snooze"), bob, tomorrow),
                api.post(path(id, "reopen"), bob, null), api.post(path(id, "resolve"), bob, null),
                api.patch("/api/v1/conversations/" + id, bob, Map.of("priority", "HIGH")));
        List<AgentApi.Response> olgas = List.of(api.post(path(id, "snooze"), olga, tomorrow),
                api.post(path(id, "reopen"), olga, null), api.post(path(id, "resolve"), olga, null),
                api.patch("/api/v1/conversations/" + id, olga, Map.of("priority", "HIGH")));

        // Then bob is forbidden, and for olga it does not exist
        assertThat(bobs).allSatisfy(response -> assertThat(response.text("type"))
                .isEqualTo("https://switchboard.dev/problems/not-conversation-handler"));
        assertThat(olgas).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text("type")).isEqualTo("https://switchboard.dev/problems/conversation-not-found");
        });
        assertThat(api.get("/api/v1/conversations/" + id, bob).text("status")).isEqualTo("OPEN");
    }

    private String alices() {
        return conversationHeldBy("alice");
    }

    private KafkaProbe.Received<ConversationStatusChanged> statusChange(String id, ConversationStatus to) {
        return kafka.await(ConversationStatusChanged.class,
                event -> event.conversationId().equals(id) && event.to() == to);
    }

    private String sam() {
        return api.tokenFor("sam", "sam-local-pw");
    }

    private static String path(String id, String action) {
        return "/api/v1/conversations/" + id + "/" + action;
    }
}
