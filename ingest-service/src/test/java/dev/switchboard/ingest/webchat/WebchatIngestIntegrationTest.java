package dev.switchboard.ingest.webchat;

import dev.switchboard.embedded.SharedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The web chat contract against the real embedded KRaft broker shared by this test JVM. */
class WebchatIngestIntegrationTest extends WebchatIngestContract {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
    }

    @Override
    String bootstrapServers() {
        return SharedInfrastructure.kafkaBootstrapServers();
    }
}
