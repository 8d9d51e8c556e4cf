package dev.switchboard.ingest.webchat;

import dev.switchboard.events.Topic;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The same web chat contract against Apache Kafka in a container, where Docker is available. */
@Testcontainers(disabledWithoutDocker = true)
class WebchatIngestContainerTest extends WebchatIngestContract {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        createCatalogueTopics();
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @Override
    public String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }

    /** The service never creates topics; as in production, the catalogue exists before it starts. */
    private static void createCatalogueTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KAFKA.getBootstrapServers()))) {
            admin.createTopics(Arrays.stream(Topic.values())
                    .map(topic -> new NewTopic(topic.topicName(), topic.partitions(), (short) 1))
                    .toList()).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the topic catalogue", e);
        }
    }
}
