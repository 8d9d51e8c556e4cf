package dev.switchboard.notify;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * MongoDB health by {@code ping}, which every MongoDB and the embedded wire-compatible server answer. Boot's own
 * indicator (which it replaces, by bean name) sends {@code hello}, which the embedded server does not implement, so
 * the local stack would never report UP.
 */
@Component("mongoHealthIndicator")
class MongoPingHealth extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoPingHealth(MongoDatabase database) {
        super("MongoDB health check failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = database.runCommand(new Document("ping", 1));
        builder.status(answer.get("ok", Number.class).doubleValue() == 1.0 ? "UP" : "DOWN")
                .withDetail("database", database.getName());
    }
}
