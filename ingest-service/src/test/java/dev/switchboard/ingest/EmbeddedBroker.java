package dev.switchboard.ingest;

import dev.switchboard.embedded.SharedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Points a Spring Boot test at the real embedded KRaft broker shared by this test JVM. Declared once here, so every
 * test class implementing it (web chat, Twilio, ...) with the same annotations shares one cached Spring context.
 */
public interface EmbeddedBroker {

    @DynamicPropertySource
    static void embeddedKafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
    }

    default String bootstrapServers() {
        return SharedInfrastructure.kafkaBootstrapServers();
    }
}
