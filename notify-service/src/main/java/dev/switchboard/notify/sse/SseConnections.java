package dev.switchboard.notify.sse;

import dev.switchboard.notify.push.AgentStreams;
import dev.switchboard.notify.security.AgentIdentity;
import dev.switchboard.notify.socket.HeartbeatProperties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The SSE responses open on this instance: each one's stream registered with {@link AgentStreams} and removed when
 * the response ends, whichever way; their writer threads; and the heartbeat comment every interval.
 */
@Component
class SseConnections implements DisposableBean {

    private final Set<SseConnection> open = ConcurrentHashMap.newKeySet();
    private final AgentStreams streams;
    private final SseProperties properties;
    private final ExecutorService writers = Executors.newCachedThreadPool(named("sse-writer-"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(named("sse-heartbeat-"));

    SseConnections(AgentStreams streams, SseProperties properties, HeartbeatProperties heartbeats) {
        this.streams = streams;
        this.properties = properties;
        long interval = heartbeats.interval().toMillis();
        heartbeat.scheduleAtFixedRate(() -> open.forEach(SseConnection::heartbeat), interval, interval,
                TimeUnit.MILLISECONDS);
    }

    /** A response streaming the agent's events, resumed after {@code resumeFrom} (a position) when there is one. */
    SseEmitter open(AgentIdentity agent, @Nullable String resumeFrom) {
        SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
        String id = "sse-" + UUID.randomUUID();
        var connection = new SseConnection(id, emitter, writers, properties.queueLimit(), ended -> {
            open.remove(ended);
            streams.close(agent, id);
        });
        emitter.onCompletion(connection::ended);
        emitter.onError(error -> connection.ended());
        emitter.onTimeout(connection::close);
        open.add(connection);
        streams.open(agent, id, resumeFrom, connection);
        return emitter;
    }

    private static ThreadFactory named(String prefix) {
        var threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        writers.shutdownNow();
        open.forEach(SseConnection::close);
    }
}
