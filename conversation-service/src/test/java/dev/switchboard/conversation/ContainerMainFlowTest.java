package dev.switchboard.conversation;

import dev.switchboard.events.Topic;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The main flow against a real MongoDB 8 and Apache Kafka 4.1.2 in containers; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class ContainerMainFlowTest implements MainFlowContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @LocalServerPort
    int port;

    private KafkaProbe kafka;
    private AgentApi api;

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("spring.mongodb.uri", () -> MONGO.getConnectionString() + "/switchboard");
    }

    /** The catalogue's topics, as the platform provisions them (services never auto-create topics). */
    @BeforeAll
    static void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KAFKA.getBootstrapServers()))) {
            admin.createTopics(Arrays.stream(Topic.values())
                    .map(topic -> new NewTopic(topic.topicName(), topic.partitions(), (short) 1)).toList())
                    .all().get();
        }
    }

    @BeforeEach
    void connect() {
        kafka = new KafkaProbe(KAFKA.getBootstrapServers());
        api = new AgentApi(port);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Override
    public KafkaProbe kafka() {
        return kafka;
    }

    @Override
    public AgentApi api() {
        return api;
    }
}
