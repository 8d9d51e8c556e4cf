package dev.switchboard.notify.delivery.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.notify.delivery.provider.ProviderAttempt;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The delivery log's claims against the embedded Mongo: one sender per reply, and a dead sender's claim expires. */
class DeliveryLogTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final MongoClient CLIENT = MongoClients.create(SharedInfrastructure.mongoUri());

    private final DeliveryLog deliveries = new DeliveryLog(CLIENT.getDatabase("switchboard"));

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void theFirstClaimWinsAndEveryLaterClaimantFindsTheReplyHeld() {
        // Given
        AgentReplied reply = reply("ws-a");
        // When
        Claim first = deliveries.claim(reply, T0, LEASE);
        Claim second = deliveries.claim(reply, T0.plusSeconds(1), LEASE);
        // Then
        assertThat(first).isInstanceOfSatisfying(Claim.Claimed.class, claimed -> {
            assertThat(claimed.generation()).isZero();
            assertThat(claimed.tookOver()).isFalse();
        });
        assertThat(second).isInstanceOf(Claim.Held.class);
    }

    @Test
    void aSettledReplyIsNeverClaimedAgainAndKeepsItsTries() {
        // Given a reply sent in two parts, the first try of the second failing
        AgentReplied reply = reply("ws-a");
        Claim.Claimed claim = (Claim.Claimed) deliveries.claim(reply, T0, LEASE);
        deliveries.attempted(claim, 0, sent(), T0);
        deliveries.partSent(claim, "m_1");
        deliveries.attempted(claim, 1, new ProviderAttempt(T0, ProviderAttempt.Outcome.TRANSIENT,
                Duration.ofMillis(1000), null, null, "no answer within 1000 ms"), T0);
        deliveries.attempted(claim, 1, sent(), T0);
        deliveries.partSent(claim, "m_2");
        deliveries.settle(claim, Settlement.delivered("m_1"), T0);
        // When
        Claim again = deliveries.claim(reply, T0.plus(Duration.ofDays(1)), LEASE);
        // Then
        assertThat(again).isInstanceOfSatisfying(Claim.Settled.class, settled -> {
            DeliveryRecord record = settled.record();
            assertThat(record.state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(record.providerMessageId()).isEqualTo("m_1");
            assertThat(record.partIds()).containsExactly("m_1", "m_2");
            assertThat(record.attemptCount()).isEqualTo(3);
            assertThat(record.attempts()).extracting(ProviderAttempt::outcome).containsExactly(
                    ProviderAttempt.Outcome.SENT, ProviderAttempt.Outcome.TRANSIENT, ProviderAttempt.Outcome.SENT);
            assertThat(record.attempts().get(1).latency()).isEqualTo(Duration.ofSeconds(1));
            assertThat(record.reply()).isEqualTo(reply);
        });
    }

    @Test
    void aClaimNotRenewedWithinTheLeaseIsTakenOverAndItsOldHolderCanNoLongerWrite() {
        // Given a sender that claimed the reply, sent its first part, and died
        AgentReplied reply = reply("ws-a");
        Claim.Claimed dead = (Claim.Claimed) deliveries.claim(reply, T0, LEASE);
        deliveries.partSent(dead, "SM1");
        // When another sender comes after the lease
        Claim taken = deliveries.claim(reply, T0.plus(LEASE).plusSeconds(1), LEASE);
        DeliveryRecord late = deliveries.settle(dead, Settlement.dead("late", null), T0.plus(LEASE));
        // Then it takes over where the dead one stopped, and the dead one's late write changes nothing stored
        assertThat(taken).isInstanceOfSatisfying(Claim.Claimed.class, claimed -> {
            assertThat(claimed.tookOver()).isTrue();
            assertThat(claimed.partIds()).containsExactly("SM1");
        });
        assertThat(late.state()).isEqualTo(DeliveryState.DEAD);
        assertThat(deliveries.find(reply.messageId()).orElseThrow().state()).isEqualTo(DeliveryState.CLAIMED);
    }

    @Test
    void everyTryRenewsTheClaim() {
        // Given a sender still trying 90 s after its claim
        AgentReplied reply = reply("ws-a");
        Claim.Claimed claim = (Claim.Claimed) deliveries.claim(reply, T0, LEASE);
        deliveries.attempted(claim, 0, sent(), T0.plusSeconds(90));
        // When / Then: a lease after the claim, but not after the try, it is still held
        assertThat(deliveries.claim(reply, T0.plus(LEASE).plusSeconds(1), LEASE)).isInstanceOf(Claim.Held.class);
    }

    @Test
    void onlyAParkedReplyIsMarkedForReplayAndOnlyByItsOwnWorkspace() {
        // Given a parked reply and a delivered one
        AgentReplied parked = reply("ws-a");
        deliveries.settle((Claim.Claimed) deliveries.claim(parked, T0, LEASE), Settlement.dead("refused", "21211"),
                T0);
        AgentReplied delivered = reply("ws-a");
        deliveries.settle((Claim.Claimed) deliveries.claim(delivered, T0, LEASE), Settlement.delivered("SM"), T0);
        // When
        var byOtherWorkspace = deliveries.markForReplay("ws-b", parked.messageId(), T0, LEASE);
        var marked = deliveries.markForReplay("ws-a", parked.messageId(), T0, LEASE);
        var notParked = deliveries.markForReplay("ws-a", delivered.messageId(), T0, LEASE);
        // Then the parked one is replayed as its next generation, claimable again
        assertThat(byOtherWorkspace).isEmpty();
        assertThat(notParked).isEmpty();
        assertThat(marked).hasValueSatisfying(record -> {
            assertThat(record.state()).isEqualTo(DeliveryState.REPLAYING);
            assertThat(record.generation()).isEqualTo(1);
        });
        assertThat(deliveries.claim(parked, T0.plusSeconds(1), LEASE)).isInstanceOfSatisfying(Claim.Claimed.class,
                claimed -> {
                    assertThat(claimed.generation()).isEqualTo(1);
                    assertThat(claimed.tookOver()).isFalse();
                });
    }

    @Test
    void listsAsParkedTheDeadTheReplayingAndTheAbandonedOfOneWorkspaceOnly() {
        // Given
        String workspace = "ws-" + UUID.randomUUID();
        AgentReplied dead = reply(workspace);
        deliveries.settle((Claim.Claimed) deliveries.claim(dead, T0, LEASE), Settlement.dead("refused", null), T0);
        AgentReplied abandoned = reply(workspace);
        deliveries.claim(abandoned, T0.minus(LEASE).minusSeconds(1), LEASE);
        AgentReplied inFlight = reply(workspace);
        deliveries.claim(inFlight, T0, LEASE);
        AgentReplied failed = reply(workspace);
        deliveries.settle((Claim.Claimed) deliveries.claim(failed, T0, LEASE), Settlement.failed("offline"), T0);
        deliveries.settle((Claim.Claimed) deliveries.claim(reply("ws-other"), T0, LEASE),
                Settlement.dead("refused", null), T0);
        // When
        List<DeliveryRecord> parked = deliveries.parked(workspace, T0, LEASE, 10);
        // Then
        assertThat(parked).extracting(DeliveryRecord::messageId)
                .containsExactlyInAnyOrder(dead.messageId(), abandoned.messageId());
    }

    @Test
    void ofManySendersClaimingTheSameRepliesAtOnceExactlyOneWinsEach() throws Exception {
        // Given 20 replies, each claimed by 4 senders at once
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                AgentReplied reply = reply("ws-a");
                List<Callable<Claim>> claims = new ArrayList<>();
                for (int sender = 0; sender < 4; sender++) {
                    claims.add(() -> deliveries.claim(reply, Instant.now(), LEASE));
                }
                // When
                List<Claim> outcomes = new ArrayList<>();
                for (Future<Claim> outcome : senders.invokeAll(claims)) {
                    outcomes.add(outcome.get());
                }
                // Then
                assertThat(outcomes).filteredOn(Claim.Claimed.class::isInstance).as("round %d", round).hasSize(1);
            }
        } finally {
            senders.shutdownNow();
        }
    }

    private static ProviderAttempt sent() {
        return new ProviderAttempt(T0, ProviderAttempt.Outcome.SENT, Duration.ofMillis(40), 201, null, null);
    }

    private static AgentReplied reply(String workspaceId) {
        return new AgentReplied(UUID.randomUUID(), T0, workspaceId, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "demo-sms", Channel.SMS, "+15550100", "alice", "Hello", List.of(), null);
    }
}
