package dev.switchboard.ingest;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Starts ingest-service: the door through which every customer message enters Switchboard. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

    public static void main(String[] args) {
        SpringApplication.run(IngestApplication.class, args);
    }

    /** One clock for event times and token expiry, so tests can reason about both. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
