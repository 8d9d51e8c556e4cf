package dev.switchboard.routing.engine;

import dev.switchboard.events.AssignmentReason;
import dev.switchboard.events.RejectionReason;
import dev.switchboard.events.SelfAssignmentRequested;
import dev.switchboard.events.SupervisorAssignmentRequested;
import dev.switchboard.events.TransferRequested;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The rules for a person choosing the agent: an agent taking a waiting conversation, a transfer to a named agent, a
 * supervisor's assignment. Each is answered by exactly one decision: the assignment, or the reason it was refused.
 */
final class ManualAssignments {

    private ManualAssignments() {
    }

    /** Only a waiting conversation can be taken from the queue. */
    static void selfAssigned(RoutingRound round, SelfAssignmentRequested request) {
        give(round, request.conversationId(), request.agentId(), null, AssignmentReason.SELF, false,
                request.eventId());
    }

    static void supervisorAssigned(RoutingRound round, SupervisorAssignmentRequested request) {
        give(round, request.conversationId(), request.agentId(), null, AssignmentReason.SUPERVISOR,
                request.overCapacity(), request.eventId());
    }

    static void transferredToAgent(RoutingRound round, TransferRequested request) {
        give(round, request.conversationId(), Objects.requireNonNull(request.toAgentId()), request.toTeam(),
                AssignmentReason.TRANSFER, false, request.eventId());
    }

    /**
     * Gives the conversation to the agent if they may take it, refusing otherwise; the agent it leaves frees room, so
     * the queue drains. An agent taking from the queue may not take what someone already holds.
     */
    private static void give(RoutingRound round, String conversationId, String agentId, @Nullable String newTeam,
            AssignmentReason reason, boolean mayExceedCapacity, UUID requestId) {
        Floor floor = round.floor;
        Optional<Agent> holder = floor.holderOf(conversationId);
        Optional<Conversation> known = holder.map(agent -> WaitingConversations.heldBy(agent, conversationId))
                .or(() -> floor.queued(conversationId));
        if (known.isPresent() && requestId.equals(known.get().requestId())) {
            return;
        }
        Optional<RejectionReason> refusal = refusal(floor, known, holder, agentId, newTeam, reason,
                mayExceedCapacity);
        if (refusal.isPresent()) {
            round.decisions.rejected(conversationId, agentId, refusal.get(), requestId);
            return;
        }
        RoutingRound.Taken taken = round.take(conversationId).orElseThrow();
        Conversation moving = newTeam == null ? taken.conversation() : taken.conversation().withTeam(newTeam);
        Agent target = floor.agent(agentId).orElseThrow();
        boolean override = !Eligibility.fits(target, moving, floor.policy());
        round.assign(moving, target, new Decisions.Assignment(reason, null, List.of(AgentChoice.candidate(target)),
                taken.holderId() == null ? moving.previousAgentId() : taken.holderId(), override, requestId));
        if (taken.holderId() != null) {
            round.drainFor(taken.holderId());
        }
    }

    private static Optional<RejectionReason> refusal(Floor floor, Optional<Conversation> known,
            Optional<Agent> holder, String agentId, @Nullable String newTeam, AssignmentReason reason,
            boolean mayExceedCapacity) {
        Optional<Agent> agent = floor.agent(agentId);
        if (known.isEmpty()) {
            return Optional.of(RejectionReason.UNKNOWN_CONVERSATION);
        }
        if (agent.isEmpty()) {
            return Optional.of(RejectionReason.UNKNOWN_AGENT);
        }
        boolean held = holder.isPresent();
        if (held && (reason == AssignmentReason.SELF || holder.get().agentId().equals(agentId))) {
            return Optional.of(RejectionReason.ALREADY_ASSIGNED);
        }
        String team = newTeam == null ? known.get().team() : newTeam;
        return Eligibility.manual(agent.get(), known.get(), team, floor.policy(), mayExceedCapacity);
    }
}
