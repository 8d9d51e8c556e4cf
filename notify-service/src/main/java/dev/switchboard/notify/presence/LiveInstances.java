package dev.switchboard.notify.presence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The notify instances running now ({@code notify_instances}: each renews its own {@code aliveUntil} every
 * {@code renew-every}, valid for {@code valid-for}), so that a record naming the instances that hold something (a web
 * chat visitor's widgets) needs no renewal of its own: an instance that crashed simply stops being alive.
 */
@Component
public class LiveInstances implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveInstances.class);
    private static final String ALIVE_UNTIL = "aliveUntil";

    private final MongoCollection<Document> instances;
    private final PresenceProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "instance-renewal");
        thread.setDaemon(true);
        return thread;
    });

    LiveInstances(MongoDatabase database, PresenceProperties properties) {
        this.instances = database.getCollection("notify_instances");
        this.properties = properties;
        instances.createIndex(Indexes.ascending(ALIVE_UNTIL), new IndexOptions().expireAfter(1L, TimeUnit.DAYS));
        renewal.scheduleAtFixedRate(this::renew, 0, properties.renewEvery().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** This instance's id, as every record and report it writes names it. */
    public String self() {
        return properties.instanceId();
    }

    /** Whether any of these instances is running now. */
    public boolean anyAlive(Collection<String> instanceIds) {
        return !instanceIds.isEmpty() && instances.countDocuments(Filters.and(Filters.in("_id", instanceIds),
                Filters.gt(ALIVE_UNTIL, Date.from(clock.instant())))) > 0;
    }

    private void renew() {
        try {
            Instant until = clock.instant().plus(properties.validFor());
            instances.replaceOne(Filters.eq("_id", self()), new Document(ALIVE_UNTIL, Date.from(until)),
                    new ReplaceOptions().upsert(true));
        } catch (RuntimeException e) {
            log.warn("could not renew instance {} as alive: {}", self(), e.toString());
        }
    }

    /**
     * An instance that stops is no longer alive, at once; if the store does not answer within seconds, its record
     * lapses by itself instead of holding up the shutdown.
     */
    @Override
    public void destroy() {
        renewal.shutdownNow();
        try {
            CompletableFuture.runAsync(() -> instances.deleteOne(Filters.eq("_id", self())))
                    .get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.debug("could not remove instance {}: {}", self(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
