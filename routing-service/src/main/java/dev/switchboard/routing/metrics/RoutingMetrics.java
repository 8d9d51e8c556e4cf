package dev.switchboard.routing.metrics;

import dev.switchboard.events.AssignmentRejected;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.Conversation;
import dev.switchboard.routing.engine.WorkspaceRouting;
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
    private final Map<String, WorkspaceRouting> latest = new ConcurrentHashMap<>();
    private final Map<String, Set<Meter.Id>> gauges = new ConcurrentHashMap<>();

    RoutingMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void decided(WorkspaceRouting state, List<RoutingDecision> decisions, Duration latency) {
        String workspaceId = state.workspaceId();
        latest.put(workspaceId, state);
        Set<Meter.Id> meters = gauges.computeIfAbsent(workspaceId, this::workspaceGauges);
        state.agents().keySet().stream()
                .filter(agentId -> meters.stream().noneMatch(id -> agentId.equals(id.getTag("agent"))))
                .forEach(agentId -> meters.add(occupancyGauge(workspaceId, agentId)));
        registry.timer("switchboard.routing.decision.latency", "workspace", workspaceId).record(latency);
        decisions.forEach(decision -> count(workspaceId, decision));
    }

    @Override
    public void forget(String workspaceId) {
        latest.remove(workspaceId);
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

    private Meter.Id occupancyGauge(String workspaceId, String agentId) {
        return Gauge.builder("switchboard.routing.agent.occupancy", latest,
                        all -> occupancy(all.get(workspaceId), agentId))
                .tags("workspace", workspaceId, "agent", agentId).description("Weighted load over capacity")
                .register(registry).getId();
    }

    private static double queueLength(@Nullable WorkspaceRouting state) {
        return state == null ? 0 : state.queue().size();
    }

    private double oldestWaitSeconds(@Nullable WorkspaceRouting state) {
        if (state == null) {
            return 0;
        }
        return state.queue().stream().map(Conversation::waitingSince).min(Instant::compareTo)
                .map(since -> Duration.between(since, clock.instant()).toMillis() / 1000.0).orElse(0.0);
    }

    private static double occupancy(@Nullable WorkspaceRouting state, String agentId) {
        Agent agent = state == null ? null : state.agents().get(agentId);
        return agent == null || agent.budget() == 0 ? 0 : agent.load() / (double) agent.budget();
    }
}
