package dev.switchboard.routing.streams;

import dev.switchboard.events.Topic;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where routing reads and writes, and how often it looks for grace periods that ended with no input arriving.
 *
 * @param inputsTopic defaults to the catalogue's {@code routing-inputs}; another name only isolates a test
 * @param decisionsTopic defaults to the catalogue's {@code conversation-assignments}
 * @param handBackCheck how often the wall-clock timer runs; an agent's conversations are handed back at most this
 *     long after their grace period ends
 */
@ConfigurationProperties("switchboard.routing")
record RoutingStreamsProperties(String inputsTopic, String decisionsTopic, Duration handBackCheck) {

    RoutingStreamsProperties {
        inputsTopic = inputsTopic == null ? Topic.ROUTING_INPUTS.topicName() : inputsTopic;
        decisionsTopic = decisionsTopic == null ? Topic.CONVERSATION_ASSIGNMENTS.topicName() : decisionsTopic;
        handBackCheck = handBackCheck == null ? Duration.ofSeconds(1) : handBackCheck;
    }
}
