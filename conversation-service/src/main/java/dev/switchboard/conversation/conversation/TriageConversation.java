package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.events.ConversationPrioritised;
import dev.switchboard.events.ConversationPriorityChanged;
import dev.switchboard.events.ConversationTeamChanged;
import dev.switchboard.events.ConversationUpdated;
import dev.switchboard.events.SwitchboardEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The assignee or a supervisor sets a conversation's priority, team and labels. A change is announced publicly, and
 * a priority or team change of an open conversation is told to routing, which moves a waiting one in line (or routes
 * it under its new team) and keeps the values of a held one for when it is handed back.
 */
@Service
class TriageConversation {

    private static final Logger log = LoggerFactory.getLogger(TriageConversation.class);

    private final ConversationAccess access;
    private final ConversationChanges changes;

    TriageConversation(ConversationAccess access, ConversationChanges changes) {
        this.access = access;
        this.changes = changes;
    }

    Conversation triage(CurrentAgent agent, String conversationId, TriageRequest request) {
        access.handledBy(agent, conversationId);
        Instant at = changes.now();
        Conversation triaged = changes.applyFor(agent, conversationId,
                current -> triaging(current, request, agent, at));
        log.info("Agent {} triaged conversation {}", agent.agentId(), conversationId);
        return triaged;
    }

    private static Optional<Transition> triaging(Conversation before, TriageRequest request, CurrentAgent agent,
            Instant at) {
        ConversationState state = before.state();
        boolean prioritised = request.priorityOr(state.priority()) != state.priority();
        boolean reteamed = !Objects.equals(request.teamOr(state.team()), state.team());
        boolean relabelled = !request.labelsOr(state.labels()).equals(state.labels());
        if (prioritised || reteamed) {
            ConversationAccess.requireUnresolved(before);
        }
        if (!prioritised && !reteamed && !relabelled) {
            return Optional.empty();
        }
        Conversation after = before.triaged(request.priorityOr(state.priority()), request.teamOr(state.team()),
                request.labelsOr(state.labels()), at);
        return Optional.of(new Transition(after, events(before, after, agent, prioritised, reteamed || relabelled)));
    }

    private static List<SwitchboardEvent> events(Conversation before, Conversation after, CurrentAgent agent,
            boolean prioritised, boolean updated) {
        List<SwitchboardEvent> events = new ArrayList<>();
        String team = after.state().team();
        if (prioritised) {
            events.add(new ConversationPriorityChanged(EventIds.of(after, "priority-changed"), after.updatedAt(),
                    after.workspaceId(), after.id(), before.priority(), after.priority(), agent.agentId(),
                    after.assigneeId()));
        }
        if (updated) {
            events.add(new ConversationUpdated(EventIds.of(after, "updated"), after.updatedAt(), after.workspaceId(),
                    after.id(), team, after.state().labels(), agent.agentId(), after.assigneeId()));
        }
        if (prioritised && after.isOpen()) {
            events.add(new ConversationPrioritised(EventIds.of(after, "prioritised"), after.updatedAt(),
                    after.workspaceId(), after.id(), after.priority()));
        }
        if (!Objects.equals(before.state().team(), team) && after.isOpen()) {
            events.add(new ConversationTeamChanged(EventIds.of(after, "team-changed"), after.updatedAt(),
                    after.workspaceId(), after.id(), team));
        }
        return events;
    }
}
