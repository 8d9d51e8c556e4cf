package dev.switchboard.notify.messaging;

import dev.switchboard.events.AgentConnectionsReported;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

/**
 * Publishes this instance's agent connection reports on {@code notify-events}, keyed by workspace, so that all of a
 * workspace's reports (from every instance) reach conversation-service in one partition, in the order they were sent.
 */
@Component
public class ConnectionReportPublisher {

    static final String BINDING = "connectionReports-out-0";

    private final StreamBridge bridge;

    ConnectionReportPublisher(StreamBridge bridge) {
        this.bridge = bridge;
    }

    /** Returns once Kafka has it; throws if Kafka did not take it. */
    public void publish(AgentConnectionsReported report) {
        KafkaRecords.send(bridge, BINDING, report);
    }
}
