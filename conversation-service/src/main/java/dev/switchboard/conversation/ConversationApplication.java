package dev.switchboard.conversation;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Starts conversation-service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConversationApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConversationApplication.class, args);
    }

    /** The time source of every timestamp this service writes, replaceable in tests. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
