package dev.switchboard.routing;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Starts routing-service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RoutingApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoutingApplication.class, args);
    }

    /** The wall clock, for waits shown to people; decisions take their time from the records instead. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
