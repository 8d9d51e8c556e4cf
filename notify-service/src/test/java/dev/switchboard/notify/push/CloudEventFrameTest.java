package dev.switchboard.notify.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.EventFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Agent UIs read the same CloudEvents contract as Kafka subscribers, plus the position they resume from. */
class CloudEventFrameTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void wrapsTheEventInAStructuredCloudEventWithItsPosition() {
        // Given
        ConversationAssigned assigned = EventFixtures.conversationAssigned();
        Cursor cursor = Cursor.of(Map.of(0, 41L, 1, 7L));
        // When
        PushFrame pushed = CloudEventFrame.positioned(CloudEventFrame.of(assigned), cursor);
        JsonNode frame = JSON.readTree(pushed.json());
        // Then
        assertThat(frame.get("specversion").asString()).isEqualTo("1.0");
        assertThat(frame.get("id").asString()).isEqualTo(assigned.eventId().toString());
        assertThat(frame.get("type").asString()).isEqualTo("dev.switchboard.conversation.assigned.v1");
        assertThat(frame.get("source").asString()).isEqualTo("/switchboard/notify-service");
        assertThat(frame.get("time").asString()).isEqualTo("2026-11-23T09:58:00Z");
        assertThat(frame.get("subject").asString()).isEqualTo(EventFixtures.CONVERSATION);
        assertThat(frame.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(frame.get("data")).isEqualTo(JSON.readTree(EventCodec.encode(assigned)));
        assertThat(frame.get("position").asString()).isEqualTo(cursor.encode()).isEqualTo(pushed.position());
        assertThat(pushed.type()).isEqualTo("dev.switchboard.conversation.assigned.v1");
    }

    @Test
    void aNoticeIsACloudEventOfNotifysOwn() {
        // Given
        Cursor cursor = Cursor.of(Map.of(0, 3L));
        // When
        JsonNode frame = JSON.readTree(CloudEventFrame.notice(CloudEventFrame.RESYNC_REQUIRED, cursor,
                CloudEventFrame.data().put("reason", "position not recognised")).json());
        // Then
        assertThat(frame.get("type").asString()).isEqualTo("dev.switchboard.notify.resync-required.v1");
        assertThat(frame.get("position").asString()).isEqualTo(cursor.encode());
        assertThat(frame.at("/data/reason").asString()).isEqualTo("position not recognised");
        assertThat(frame.get("id").asString()).isNotBlank();
    }
}
