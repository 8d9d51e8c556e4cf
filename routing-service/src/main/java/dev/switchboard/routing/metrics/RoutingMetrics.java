package dev.switchboard.routing.metrics;

import dev.switchboard.events.AssignmentRejected;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.routing.streams.RoutingObserver;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a supervisor or an alert watches, per workspace this instance decides for: queue length and oldest wait,
 * assignments (a rate, by reason), decision latency, each agent's occupancy (load over capacity), supervisor
 * overrides and rejected requests. Gauges read the latest state; a workspace whose partition moves away is
 * forgotten here and reported by its new owner.
 */
@Component
class RoutingMetrics implements RoutingObserver {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, Summary> latest = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Double>> occupancy = new ConcurrentHashMap<>();
    private final Map<String, Set<Meter.Id>> gauges = new ConcurrentHashMap<>();

    RoutingMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void decided(Summary summary, List<RoutingDecision> decisions, Duration latency) {
        String workspaceId = summary.workspaceId();
        latest.put(workspaceId, summary);
        Set<Meter.Id> meters = gauges.computeIfAbsent(workspaceId, this::workspaceGauges);
        Map<String, Double> agents = occupancy.computeIfAbsent(workspaceId, id -> new ConcurrentHashMap<>());
        summary.occupancy().forEach((agentId, value) -> {
            if (agents.put(agentId, value) == null) {
                meters.add(occupancyGauge(workspaceId, agentId, agents));
            }
        });
        registry.timer("switchboard.routing.decision.latency", "workspace", workspaceId).record(latency);
        decisions.forEach(decision -> count(workspaceId, decision));
    }

    @Override
    public void forget(String workspaceId) {
        latest.remove(workspaceId);
        occupancy.remove(workspaceId);
        Set<Meter.Id> meters = gauges.remove(workspaceId);
        if (meters != null) {
            meters.forEach(registry::remove);
        }
    }

    private void count(String workspaceId, RoutingDecision decision) {
        if (decision instanceof ConversationRouted routed) {
            registry.counter("switchboard.routing.assignments", "workspace", workspaceId, "reason",
                    routed.reason().name()).increment();
            if (routed.override()) {
                registry.counter("switchboard.routing.overrides", "workspace", workspaceId).increment();
            }
        } else if (decision instanceof AssignmentRejected rejected) {
            registry.counter("switchboard.routing.rejections", "workspace", workspaceId, "reason",
                    rejected.reason().name()).increment();
        }
    }

    private Set<Meter.Id> workspaceGauges(String workspaceId) {
        Set<Meter.Id> meters = ConcurrentHashMap.newKeySet();
        meters.add(Gauge.builder("switchboard.routing.queue.length", latest, all -> queueLength(all.get(workspaceId)))
                .tag("workspace", workspaceId).description("Conversations waiting for an agent")
                .register(registry).getId());
        meters.add(Gauge.builder("switchboard.routing.queue.oldest.wait", latest,
                        all -> oldestWaitSeconds(all.get(workspaceId)))
                .tag("workspace", workspaceId).baseUnit("seconds")
                .description("How long the longest-waiting conversation has waited").register(registry).getId());
        return meters;
    }

    private Meter.Id occupancyGauge(String workspaceId, String agentId, Map<String, Double> agents) {
        return Gauge.builder("switchboard.routing.agent.occupancy", agents, all -> all.getOrDefault(agentId, 0.0))
                .tags("workspace", workspaceId, "agent", agentId).description("Weighted load over capacity")
                .register(registry).getId();
    }

    private static double queueLength(@Nullable Summary summary) {
        return summary == null ? 0 : summary.queueLength();
    }

    private double oldestWaitSeconds(@Nullable Summary summary) {
        Instant since = summary == null ? null : summary.longestWaitingSince();
        return since == null ? 0 : Duration.between(since, clock.instant()).toMillis() / 1000.0;
    }
}
