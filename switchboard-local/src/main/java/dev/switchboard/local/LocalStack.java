package dev.switchboard.local;

import dev.switchboard.embedded.EmbeddedKafka;
import dev.switchboard.embedded.EmbeddedMongo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running platform: a KRaft broker and a Mongo-compatible store in this JVM, and each service in a JVM of its
 * own. Starting twice on the same data directory keeps the data. Closing stops services first, then the store and
 * the broker, so no service loses its connection while it is still draining.
 */
final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

    private final LocalSettings settings;
    private final EmbeddedKafka kafka;
    private final EmbeddedMongo mongo;
    private final List<ServiceProcess> services = new ArrayList<>();

    private LocalStack(LocalSettings settings, EmbeddedKafka kafka, EmbeddedMongo mongo) {
        this.settings = settings;
        this.kafka = kafka;
        this.mongo = mongo;
    }

    static LocalStack start(LocalSettings settings) throws InterruptedException {
        EmbeddedKafka kafka = EmbeddedKafka.start(settings.dataDir().resolve("kafka"), settings.kafkaPort());
        EmbeddedMongo mongo = EmbeddedMongo.start(settings.dataDir().resolve("mongo"), settings.mongoPort());
        LocalStack stack = new LocalStack(settings, kafka, mongo);
        try {
            stack.startServices();
        } catch (RuntimeException | InterruptedException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    String mongoUri() {
        return mongo.uri() + "/switchboard";
    }

    String url(Service service) {
        return "http://127.0.0.1:" + settings.port(service);
    }

    List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    LocalSettings settings() {
        return settings;
    }

    private void startServices() throws InterruptedException {
        for (Service service : Service.values()) {
            services.add(ServiceProcess.start(service, settings, propertiesFor(service)));
        }
        for (ServiceProcess service : services) {
            service.awaitHealthy(STARTUP_TIMEOUT);
            log.debug("{} is up (pid {})", service.service().moduleName(), service.pid());
        }
    }

    private List<String> propertiesFor(Service service) {
        List<String> properties = new ArrayList<>();
        properties.add("spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
        switch (service) {
            case CONVERSATION, NOTIFY -> properties.add("spring.mongodb.uri=" + mongoUri());
            case ROUTING -> properties.add("spring.kafka.streams.state-dir=" + settings.dataDir().resolve("routing"));
            default -> {
            }
        }
        properties.addAll(browserClientProperties(service));
        return properties;
    }

    /** The widget and the console learn the other services' URLs from the service serving them (ports may move). */
    private List<String> browserClientProperties(Service service) {
        return switch (service) {
            case INGEST -> List.of("switchboard.webchat.widget.notify-url=" + url(Service.NOTIFY));
            case CONVERSATION -> List.of("switchboard.console.notify-url=" + url(Service.NOTIFY),
                    "switchboard.console.routing-url=" + url(Service.ROUTING));
            default -> List.of();
        };
    }

    @Override
    public void close() {
        services.parallelStream().forEach(service -> service.stop(Duration.ofSeconds(20)));
        services.clear();
        mongo.close();
        kafka.close();
    }
}
