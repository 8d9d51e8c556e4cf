package dev.switchboard.routing.engine;

import dev.switchboard.events.RejectionReason;
import dev.switchboard.events.TransferRequested;
import dev.switchboard.events.UnassignmentReason;
import java.util.Optional;

/**
 * A transfer that names no agent: the conversation leaves its agent for its (possibly new) team and goes to whoever
 * routing picks there, never back to the agent it left; with nobody free, it waits at its original place in line.
 */
final class TeamTransfers {

    private TeamTransfers() {
    }

    static void transferred(RoutingRound round, TransferRequested request) {
        String conversationId = request.conversationId();
        Optional<Conversation> known = round.floor.holderOf(conversationId)
                .map(agent -> WaitingConversations.heldBy(agent, conversationId))
                .or(() -> round.floor.queued(conversationId));
        if (known.isPresent() && request.eventId().equals(known.get().requestId())) {
            return;
        }
        if (known.isEmpty()) {
            round.decisions.rejected(conversationId, null, RejectionReason.UNKNOWN_CONVERSATION, request.eventId());
            return;
        }
        RoutingRound.Taken taken = round.take(conversationId).orElseThrow();
        Conversation moving = request.toTeam() == null ? taken.conversation()
                : taken.conversation().withTeam(request.toTeam());
        String holderId = taken.holderId();
        if (holderId == null) {
            round.route(moving.placedBy(request.eventId()), request.eventId());
            return;
        }
        Conversation leaving = moving.takenFrom(holderId, UnassignmentReason.TRANSFERRED, request.eventId());
        if (!round.placed(leaving, request.eventId())) {
            round.announcements.unassigned(conversationId, holderId, UnassignmentReason.TRANSFERRED,
                    request.eventId());
        }
        round.drainFor(holderId);
    }
}
