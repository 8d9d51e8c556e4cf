package dev.switchboard.notify;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts notify-service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotifyApplication {

    /** The CloudEvents {@code source} of everything notify-service emits, on Kafka or on a socket. */
    public static final String EVENT_SOURCE = "/switchboard/notify-service";

    public static void main(String[] args) {
        SpringApplication.run(NotifyApplication.class, args);
    }
}
