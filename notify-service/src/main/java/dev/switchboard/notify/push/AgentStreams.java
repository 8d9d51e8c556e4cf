package dev.switchboard.notify.push;

import dev.switchboard.notify.security.AgentIdentity;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every agent connection open on this instance, WebSocket or SSE alike, by agent: where live events are offered,
 * where a new connection's catch-up is started (off the caller's thread), and where presence is counted.
 */
@Component
public class AgentStreams implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AgentStreams.class);

    private final ConcurrentMap<AgentKey, Map<String, AgentStream>> open = new ConcurrentHashMap<>();
    private final Backlog backlog;
    private final ResumeProperties limits;
    private final ApplicationEventPublisher presence;
    private final ExecutorService catchUps;

    AgentStreams(Backlog backlog, ResumeProperties limits, ApplicationEventPublisher presence) {
        this.backlog = backlog;
        this.limits = limits;
        this.presence = presence;
        AtomicInteger threads = new AtomicInteger();
        this.catchUps = Executors.newFixedThreadPool(limits.concurrency(), task -> {
            Thread thread = new Thread(task, "agent-catch-up-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens a connection's stream: live events are held from now on while what it missed since {@code resumeFrom}
     * (its last cursor; null for a new client) is read back, then it goes live.
     */
    public void open(AgentIdentity identity, String connectionId, @Nullable String resumeFrom, FrameSink sink) {
        AgentKey agent = AgentKey.of(identity);
        AgentStream stream = new AgentStream(sink, limits.maxBacklog());
        boolean[] first = new boolean[1];
        open.compute(agent, (key, streams) -> {
            Map<String, AgentStream> held = streams == null ? new ConcurrentHashMap<>() : streams;
            first[0] = held.isEmpty();
            held.put(connectionId, stream);
            return held;
        });
        if (first[0]) {
            presence.publishEvent(new AgentConnectionsChanged(agent.workspaceId(), agent.agentId(), 1));
        }
        catchUps.execute(() -> catchUp(agent, stream, resumeFrom));
    }

    public void close(AgentIdentity identity, String connectionId) {
        AgentKey agent = AgentKey.of(identity);
        boolean[] last = new boolean[1];
        open.computeIfPresent(agent, (key, streams) -> {
            last[0] = streams.remove(connectionId) != null && streams.isEmpty();
            return streams.isEmpty() ? null : streams;
        });
        if (last[0]) {
            log.info("agent {} of workspace {} has no connection left on this instance", agent.agentId(),
                    agent.workspaceId());
            presence.publishEvent(new AgentConnectionsChanged(agent.workspaceId(), agent.agentId(), 0));
        }
    }

    /** The agent's WebSocket and SSE connections open on this instance. */
    public int connectionsOf(String workspaceId, String agentId) {
        return sizeOf(new AgentKey(workspaceId, agentId));
    }

    void offer(AgentKey agent, PositionedEvent event) {
        Map<String, AgentStream> streams = open.get(agent);
        if (streams != null) {
            streams.values().forEach(stream -> stream.offer(event));
        }
    }

    private void catchUp(AgentKey agent, AgentStream stream, @Nullable String resumeFrom) {
        try {
            CatchUp catchUp = resumeFrom == null ? backlog.fresh()
                    : Cursor.decode(resumeFrom).map(cursor -> backlog.since(cursor, agent))
                            .orElseGet(backlog::unrecognised);
            stream.caughtUp(catchUp);
        } catch (RuntimeException e) {
            log.warn("catch-up for agent {} failed, closing the connection: {}", agent.agentId(), e.toString());
            stream.close();
        }
    }

    private int sizeOf(AgentKey agent) {
        Map<String, AgentStream> streams = open.get(agent);
        return streams == null ? 0 : streams.size();
    }

    @Override
    public void destroy() {
        catchUps.shutdownNow();
    }
}
