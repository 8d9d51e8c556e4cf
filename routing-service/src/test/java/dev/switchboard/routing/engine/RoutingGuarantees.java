package dev.switchboard.routing.engine;

import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationUnassigned;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.Presence;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.SelfAssignmentRequested;
import dev.switchboard.events.SupervisorAssignmentRequested;
import dev.switchboard.events.TransferRequested;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;

/**
 * The guarantees of issue 4, checked against a workspace's state after each step and against the decision stream
 * as a consumer applying it would see it.
 */
final class RoutingGuarantees {

    private final Map<String, String> holderPerStream = new HashMap<>();
    private final Set<UUID> decisionIds = new HashSet<>();

    void check(WorkspaceRouting before, @Nullable RoutingInput input, RoutingOutcome outcome, Set<String> entered,
            Instant now, String where) {
        SoftAssertions softly = new SoftAssertions();
        WorkspaceRouting after = outcome.state();
        List<String> placed = new ArrayList<>(after.queue().stream().map(Conversation::conversationId).toList());
        after.agents().values().forEach(agent -> agent.held().forEach(held -> placed.add(held.conversationId())));
        softly.assertThat(placed).as("1: held by one agent or queued, never both, never twice; %s", where)
                .doesNotHaveDuplicates();
        softly.assertThat(placed).as("3: everything that asked is held or queued until released; %s", where)
                .containsExactlyInAnyOrderElementsOf(entered);
        checkCapacity(softly, before, outcome, where);
        checkQueueDrained(softly, after, where);
        checkOffline(softly, after, now, where);
        checkStream(softly, input, outcome.decisions(), after, where);
        softly.assertAll();
    }

    /** Every request is answered by exactly one decision; a redelivered one by at most one. */
    void checkAnswers(RoutingInput input, boolean redelivered, List<RoutingDecision> decisions, String where) {
        boolean request = input instanceof ConversationWaiting || input instanceof SelfAssignmentRequested
                || input instanceof TransferRequested || input instanceof SupervisorAssignmentRequested;
        long answers = decisions.stream().filter(decision -> input.eventId().equals(decision.requestId())).count();
        SoftAssertions softly = new SoftAssertions();
        if (request && !redelivered) {
            softly.assertThat(answers).as("a request is answered exactly once; %s", where).isOne();
        } else {
            softly.assertThat(answers).as("answered at most once; %s", where).isLessThanOrEqualTo(1);
        }
        softly.assertAll();
    }

    void checkReplay(RoutingOutcome replay, RoutingOutcome outcome, String where) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(replay).as("the same input on the same state decides the same; %s", where)
                .isEqualTo(outcome);
        softly.assertAll();
    }

    /**
     * 2: no assignment takes an agent past capacity unless a supervisor's override, flagged on the decision. Lowering
     * capacity takes nothing away, and a hand-back due before an input is decided under the capacity before it.
     */
    private static void checkCapacity(SoftAssertions softly, WorkspaceRouting before, RoutingOutcome outcome,
            String where) {
        Set<String> overridden = new HashSet<>();
        outcome.decisions().stream().filter(ConversationRouted.class::isInstance).map(ConversationRouted.class::cast)
                .forEach(routed -> {
                    if (routed.override()) {
                        overridden.add(routed.agentId());
                    } else {
                        softly.assertThat(routed.agentLoad()).as("2: routed within capacity; %s", where)
                                .isLessThanOrEqualTo(routed.agentCapacity());
                    }
                });
        outcome.state().agents().values().stream().filter(agent -> !overridden.contains(agent.agentId()))
                .forEach(agent -> {
                    Agent previous = before.agents().get(agent.agentId());
                    int allowed = previous == null ? agent.budget()
                            : Math.max(Math.max(agent.budget(), previous.budget()), previous.load());
                    softly.assertThat(agent.load()).as("2: capacity of %s; %s", agent.agentId(), where)
                            .isLessThanOrEqualTo(allowed);
                });
    }

    /** 3: a queued conversation is assigned as soon as an eligible agent has room, and knows its place. */
    private static void checkQueueDrained(SoftAssertions softly, WorkspaceRouting after, String where) {
        for (int index = 0; index < after.queue().size(); index++) {
            Conversation waiting = after.queue().get(index);
            after.agents().values().forEach(agent -> softly.assertThat(
                    Eligibility.automatic(agent, waiting, after.policy()))
                    .as("3: %s could take queued %s; %s", agent.agentId(), waiting.conversationId(), where)
                    .isFalse());
            int announced = waiting.announcedPosition();
            softly.assertThat(PositionBands.moved(announced, index + 1))
                    .as("position %d of %s is in the band announced (%d); %s", index + 1,
                            waiting.conversationId(), announced, where)
                    .isFalse();
        }
    }

    /** Nothing stays with an agent who is offline past the grace period. */
    private static void checkOffline(SoftAssertions softly, WorkspaceRouting after, Instant now, String where) {
        after.agents().values().stream().filter(agent -> agent.presence() == Presence.OFFLINE).forEach(agent -> {
            if (agent.handBackAt() == null) {
                softly.assertThat(agent.held()).as("offline %s holds nothing; %s", agent.agentId(), where).isEmpty();
            } else {
                softly.assertThat(agent.handBackAt()).as("grace of %s not overdue; %s", agent.agentId(), where)
                        .isAfter(now);
            }
        });
    }

    /** 1, as a consumer sees it: applying the decisions in order never has two agents hold one conversation. */
    private void checkStream(SoftAssertions softly, @Nullable RoutingInput input, List<RoutingDecision> decisions,
            WorkspaceRouting after, String where) {
        for (RoutingDecision decision : decisions) {
            softly.assertThat(decisionIds.add(decision.eventId())).as("decision ids unique; %s", where).isTrue();
            String holder = holderPerStream.get(decision.conversationId());
            if (decision instanceof ConversationRouted routed) {
                softly.assertThat(holder == null || holder.equals(routed.previousAgentId()))
                        .as("routed %s while %s held it; %s", routed.conversationId(), holder, where).isTrue();
                holderPerStream.put(routed.conversationId(), routed.agentId());
            } else if (decision instanceof ConversationUnassigned unassigned) {
                softly.assertThat(holder).as("unassigned from its holder; %s", where)
                        .isEqualTo(unassigned.previousAgentId());
                holderPerStream.remove(unassigned.conversationId());
            } else if (decision instanceof ConversationQueued) {
                softly.assertThat(holder).as("queued while held; %s", where).isNull();
            }
        }
        if (input instanceof ConversationReleased released
                && Objects.equals(holderPerStream.get(released.conversationId()), released.agentId())) {
            holderPerStream.remove(released.conversationId());
        }
        after.agents().values().forEach(agent -> agent.held().forEach(held -> softly
                .assertThat(holderPerStream.get(held.conversationId()))
                .as("stream agrees on the holder of %s; %s", held.conversationId(), where)
                .isEqualTo(agent.agentId())));
    }
}
