package dev.switchboard.notify.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.EventFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Agent UIs read the same CloudEvents contract as Kafka subscribers. */
class CloudEventFrameTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void wrapsTheEventInAStructuredCloudEvent() {
        // Given
        ConversationAssigned assigned = EventFixtures.conversationAssigned();
        // When
        JsonNode frame = JSON.readTree(CloudEventFrame.of(assigned).getPayload());
        // Then
        assertThat(frame.get("specversion").asString()).isEqualTo("1.0");
        assertThat(frame.get("id").asString()).isEqualTo(assigned.eventId().toString());
        assertThat(frame.get("type").asString()).isEqualTo("dev.switchboard.conversation.assigned.v1");
        assertThat(frame.get("source").asString()).isEqualTo("/switchboard/notify-service");
        assertThat(frame.get("time").asString()).isEqualTo("2026-11-23T09:58:00Z");
        assertThat(frame.get("subject").asString()).isEqualTo(EventFixtures.CONVERSATION);
        assertThat(frame.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(frame.get("data")).isEqualTo(JSON.readTree(EventCodec.encode(assigned)));
    }
}
