package dev.switchboard.notify.presence;

import dev.switchboard.events.AgentConnectionsReported;
import dev.switchboard.notify.messaging.ConnectionReportPublisher;
import dev.switchboard.notify.push.AgentConnectionsChanged;
import dev.switchboard.notify.push.AgentStreams;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells conversation-service (on {@code notify-events}) how many connections this instance holds for an agent: at
 * once when the count crosses zero, and again every {@code renew-every} while it is above, each report valid for
 * {@code valid-for}, so that an instance that dies without a word stops counting when its reports lapse.
 *
 * <p>One thread sends every report, reading the count as it sends: reports of one agent leave in the order they were
 * made, each with a later {@code occurredAt} than the last and the count of that moment, so the newest report is
 * always the true one. Socket threads only mark an agent as due and never wait for Kafka.
 */
@Component
class ConnectionReports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConnectionReports.class);

    private final AgentStreams streams;
    private final ConnectionReportPublisher publisher;
    private final PresenceProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final Set<ConnectedAgent> due = ConcurrentHashMap.newKeySet();
    private final Set<ConnectedAgent> failed = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "agent-connection-reports");
        thread.setDaemon(true);
        return thread;
    });
    /** The last report's time: only the reporter thread reads or writes it. */
    private Instant lastReportAt = Instant.EPOCH;

    ConnectionReports(AgentStreams streams, ConnectionReportPublisher publisher, PresenceProperties properties) {
        this.streams = streams;
        this.publisher = publisher;
        this.properties = properties;
        long every = properties.renewEvery().toMillis();
        reporter.scheduleAtFixedRate(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    }

    @EventListener
    void changed(AgentConnectionsChanged change) {
        due.add(new ConnectedAgent(change.workspaceId(), change.agentId()));
        try {
            reporter.execute(this::reportDue);
        } catch (RejectedExecutionException e) {
            log.debug("not reporting agent {}: the service is stopping", change.agentId());
        }
    }

    /** Every agent still connected here, and any report that could not be sent last time. */
    private void renewAll() {
        streams.forEachConnectedAgent((workspace, agent) -> due.add(new ConnectedAgent(workspace, agent)));
        due.addAll(failed);
        failed.clear();
        reportDue();
    }

    private void reportDue() {
        for (Iterator<ConnectedAgent> agents = due.iterator(); agents.hasNext(); ) {
            ConnectedAgent agent = agents.next();
            agents.remove();
            report(agent);
        }
    }

    private void report(ConnectedAgent agent) {
        Instant at = nextReportTime();
        int open = streams.connectionsOf(agent.workspaceId(), agent.agentId());
        try {
            publisher.publish(new AgentConnectionsReported(UUID.randomUUID(), at, agent.workspaceId(),
                    agent.agentId(), properties.instanceId(), open, at.plus(properties.validFor())));
        } catch (RuntimeException e) {
            log.warn("could not report agent {}'s {} connection(s), trying again at the next renewal: {}",
                    agent.agentId(), open, e.toString());
            failed.add(agent);
        }
    }

    /** Strictly later than the last report, even within one clock tick: the newest report wins by its time. */
    private Instant nextReportTime() {
        Instant now = clock.instant();
        lastReportAt = now.isAfter(lastReportAt) ? now : lastReportAt.plusNanos(1);
        return lastReportAt;
    }

    /** Lets the reports of connections closed while the service stops go out, for a few seconds at most. */
    @Override
    public void destroy() throws InterruptedException {
        reporter.shutdown();
        reporter.awaitTermination(5, TimeUnit.SECONDS);
    }

    private record ConnectedAgent(String workspaceId, String agentId) {
    }
}
