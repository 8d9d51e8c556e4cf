package dev.switchboard.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.EventFixtures;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.notify.delivery.log.DeliveryRecord;
import dev.switchboard.notify.delivery.log.DeliveryState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outcome events are a function of the record: a repeat is the same event, a replay a new one. */
class OutcomesTest {

    private static final AgentReplied REPLY = EventFixtures.agentReplied();
    private static final Instant FINISHED = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void repeatsTheSameEventForTheSameRecordAndANewOneForEachReplay() {
        // Given
        DeliveryRecord parked = record(DeliveryState.DEAD, 0);
        DeliveryRecord parkedAgain = record(DeliveryState.DEAD, 1);
        // When
        var first = (DeliveryFailed) Outcomes.of(parked);
        var repeat = (DeliveryFailed) Outcomes.of(parked);
        var afterReplay = (DeliveryFailed) Outcomes.of(parkedAgain);
        // Then
        assertThat(repeat).isEqualTo(first);
        assertThat(first.permanent()).isTrue();
        assertThat(first.attempts()).isEqualTo(3);
        assertThat(first.reason()).isEqualTo("refused");
        assertThat(first.occurredAt()).isEqualTo(FINISHED);
        assertThat(afterReplay.eventId()).isNotEqualTo(first.eventId());
    }

    @Test
    void aReplyIsDeliveredUnderOneEventIdWhateverItsGeneration() {
        // Given / When
        var delivered = (MessageDelivered) Outcomes.of(record(DeliveryState.DELIVERED, 0));
        var deliveredOnReplay = (MessageDelivered) Outcomes.of(record(DeliveryState.DELIVERED, 2));
        // Then
        assertThat(deliveredOnReplay.eventId()).isEqualTo(delivered.eventId());
        assertThat(delivered.providerMessageId()).isEqualTo("SM1");
        assertThat(delivered.partitionKey()).isEqualTo(REPLY.conversationId());
    }

    @Test
    void aFailureTheChannelRecoversFromIsNotPermanent() {
        // Given / When / Then
        assertThat(((DeliveryFailed) Outcomes.of(record(DeliveryState.FAILED, 0))).permanent()).isFalse();
    }

    private static DeliveryRecord record(DeliveryState state, int generation) {
        return new DeliveryRecord(REPLY, state, generation, 3, List.of("SM1"),
                state == DeliveryState.DELIVERED ? "SM1" : null, state == DeliveryState.DELIVERED ? null : "refused",
                null, FINISHED, FINISHED, List.of());
    }
}
