package dev.switchboard.notify.messaging;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Topic;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

/**
 * Puts a parked reply back on its {@code outbound-<channel>} topic, keyed by its conversation like the original, so a
 * replay goes through the same consumer, claim, guards and outcome as any reply, behind that channel's backlog.
 */
@Component
public class ReplyRequeue {

    private final StreamBridge bridge;

    ReplyRequeue(StreamBridge bridge) {
        this.bridge = bridge;
    }

    /** Returns once Kafka has it; throws if Kafka did not take it. */
    public void requeue(AgentReplied reply) {
        KafkaRecords.send(bridge, Topic.of(reply).topicName(), reply);
    }
}
