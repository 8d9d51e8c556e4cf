package dev.switchboard.notify.push;

import dev.switchboard.notify.security.AgentIdentity;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every agent connection open on this instance, WebSocket or SSE alike, by workspace and agent: where live events
 * are offered (to the connections of the event's workspace whose viewer may see it), where a new connection's
 * catch-up is started (off the caller's thread), and where presence is counted.
 */
@Component
public class AgentStreams implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AgentStreams.class);

    /** Workspace, then agent, then connection id. A workspace's entries change only inside its own compute. */
    private final ConcurrentMap<String, ConcurrentMap<String, Map<String, AgentStream>>> open =
            new ConcurrentHashMap<>();
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
        AgentStream stream = new AgentStream(Viewer.of(identity), sink, limits.maxBacklog());
        boolean[] first = new boolean[1];
        open.compute(identity.workspaceId(), (workspace, agents) -> {
            var held = agents == null ? new ConcurrentHashMap<String, Map<String, AgentStream>>() : agents;
            Map<String, AgentStream> streams = held.computeIfAbsent(identity.agentId(),
                    agent -> new ConcurrentHashMap<>());
            first[0] = streams.isEmpty();
            streams.put(connectionId, stream);
            return held;
        });
        if (first[0]) {
            presence.publishEvent(new AgentConnectionsChanged(identity.workspaceId(), identity.agentId(), 1));
        }
        catchUps.execute(() -> catchUp(stream, resumeFrom));
    }

    /** Forgets the connection; closing one twice (the socket's own close and a heartbeat's) counts once. */
    public void close(AgentIdentity identity, String connectionId) {
        boolean[] last = new boolean[1];
        open.computeIfPresent(identity.workspaceId(), (workspace, agents) -> {
            Map<String, AgentStream> streams = agents.get(identity.agentId());
            if (streams != null && streams.remove(connectionId) != null && streams.isEmpty()) {
                agents.remove(identity.agentId());
                last[0] = true;
            }
            return agents.isEmpty() ? null : agents;
        });
        if (last[0]) {
            log.info("agent {} of workspace {} has no connection left on this instance", identity.agentId(),
                    identity.workspaceId());
            presence.publishEvent(new AgentConnectionsChanged(identity.workspaceId(), identity.agentId(), 0));
        }
    }

    /** The agent's WebSocket and SSE connections open on this instance. */
    public int connectionsOf(String workspaceId, String agentId) {
        Map<String, Map<String, AgentStream>> agents = open.get(workspaceId);
        Map<String, AgentStream> streams = agents == null ? null : agents.get(agentId);
        return streams == null ? 0 : streams.size();
    }

    /** Every agent with a connection open on this instance, as (workspace, agent). */
    public void forEachConnectedAgent(BiConsumer<String, String> action) {
        open.forEach((workspace, agents) -> agents.keySet().forEach(agent -> action.accept(workspace, agent)));
    }

    /** Whether anyone of the workspace is connected here: if not, its events need no further thought. */
    boolean watching(String workspaceId) {
        return open.containsKey(workspaceId);
    }

    void offer(Audience audience, PositionedEvent event) {
        Map<String, Map<String, AgentStream>> agents = open.get(audience.workspaceId());
        if (agents != null) {
            agents.values().forEach(streams -> streams.values().stream()
                    .filter(stream -> stream.viewer().mayReceive(audience))
                    .forEach(stream -> stream.offer(event)));
        }
    }

    private void catchUp(AgentStream stream, @Nullable String resumeFrom) {
        try {
            CatchUp catchUp = resumeFrom == null ? backlog.fresh()
                    : Cursor.decode(resumeFrom).map(cursor -> backlog.since(cursor, stream.viewer()))
                            .orElseGet(backlog::unrecognised);
            stream.caughtUp(catchUp);
        } catch (RuntimeException e) {
            log.warn("catch-up for agent {} failed, closing the connection: {}", stream.viewer().agentId(),
                    e.toString());
            stream.close();
        }
    }

    @Override
    public void destroy() {
        catchUps.shutdownNow();
    }
}
