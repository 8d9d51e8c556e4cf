package dev.switchboard.conversation.presence;

import dev.switchboard.events.AgentConnectionsReported;
import dev.switchboard.events.Presence;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every change to an agent's presence goes through here, whoever causes it (the agent choosing, a notify instance's
 * report, the sweep finding a report lapsed): computed by {@link PresenceState} from the stored state, written over
 * the version it was computed from (computed again if that moved), then told to routing if the status changed.
 */
@Service
public class AgentStatuses {

    private static final Logger log = LoggerFactory.getLogger(AgentStatuses.class);
    /** Concurrent changes to one agent are rare and brief; past this many, the caller retries. */
    private static final int ATTEMPTS = 8;

    private final PresenceStore store;
    private final PresenceAnnouncements announcements;
    private final Clock clock;

    AgentStatuses(PresenceStore store, PresenceAnnouncements announcements, Clock clock) {
        this.store = store;
        this.announcements = announcements;
        this.clock = clock;
    }

    /** The agent's choice, stored and told to routing (always: a repeated choice is told again, harmlessly). */
    public Optional<AgentStatus> choose(String workspaceId, String agentId, Presence status) {
        return change(workspaceId, agentId, (state, now) -> state.choosing(status), true).map(this::view);
    }

    public Optional<AgentStatus> current(String workspaceId, String agentId) {
        return store.find(workspaceId, agentId).map(this::view);
    }

    /** A notify instance's report; one older than the last of that instance changes nothing. */
    public void report(AgentConnectionsReported report) {
        InstanceReport connections = InstanceReport.of(report);
        if (change(report.workspaceId(), report.agentId(), (state, now) -> state.reported(connections, now), false)
                .isEmpty()) {
            log.debug("connection report for unknown agent {} ignored", report.agentId());
        }
    }

    /** Closes the agent's reports that lapsed: their instance stopped renewing them. */
    void lapse(AgentRef agent) {
        change(agent.workspaceId(), agent.agentId(), (state, now) -> state.lapsed(now), false);
    }

    /** Tells routing a change it has not heard of (a publication that failed), if it still has not. */
    void announceAgain(AgentRef agent, Instant changedBefore) {
        store.find(agent.workspaceId(), agent.agentId())
                .filter(presence -> presence.unannounced() && !presence.changedAt().isAfter(changedBefore))
                .ifPresent(announcements::announce);
    }

    private Optional<StoredPresence> change(String workspaceId, String agentId,
            BiFunction<PresenceState, Instant, PresenceState> rule, boolean alwaysAnnounce) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<StoredPresence> before = store.find(workspaceId, agentId);
            if (before.isEmpty()) {
                return before;
            }
            Instant now = clock.instant();
            PresenceState next = rule.apply(before.get().state(), now);
            boolean announce = alwaysAnnounce || next.differsFor(before.get().state());
            if (!announce && next.equals(before.get().state())) {
                return before;
            }
            Optional<StoredPresence> after = store.replace(before.get(), next, announce, now);
            if (after.isPresent()) {
                if (announce) {
                    announcements.announce(after.get());
                }
                return after;
            }
        }
        throw new IllegalStateException("the presence of agent " + agentId + " kept changing; try again");
    }

    private AgentStatus view(StoredPresence presence) {
        PresenceState state = presence.state();
        return new AgentStatus(presence.agentId(), state.status(), state.reason(), state.chosen(),
                state.connections(clock.instant()), presence.capacity());
    }
}
