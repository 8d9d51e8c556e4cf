package dev.switchboard.routing.engine;

import dev.switchboard.events.ConversationPrioritised;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationTeamChanged;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.RejectionReason;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The rules for conversations coming, changing and going: waiting, re-prioritised, re-teamed, released. */
final class WaitingConversations {

    private WaitingConversations() {
    }

    /**
     * A new conversation is routed or queued. One already waiting is placed again with what it asks now, keeping its
     * place in line; one already held is refused as assigned. A redelivered request changes nothing.
     */
    static void waiting(RoutingRound round, ConversationWaiting waiting) {
        Floor floor = round.floor;
        String conversationId = waiting.conversationId();
        Optional<Agent> holder = floor.holderOf(conversationId);
        Optional<Conversation> known = holder.map(agent -> heldBy(agent, conversationId))
                .or(() -> floor.queued(conversationId));
        if (known.isPresent() && Objects.equals(known.get().requestId(), waiting.eventId())) {
            return;
        }
        if (holder.isPresent()) {
            round.decisions.rejected(conversationId, holder.get().agentId(), RejectionReason.ALREADY_ASSIGNED,
                    waiting.eventId());
        } else if (known.isPresent()) {
            floor.withdraw(conversationId);
            round.route(known.get().askedAgain(waiting), waiting.eventId());
        } else {
            round.route(Conversation.of(waiting, floor.nextArrival()), waiting.eventId());
        }
    }

    /** A waiting conversation moves in line; a held one keeps the priority for if it is ever handed back. */
    static void prioritised(RoutingRound round, ConversationPrioritised change) {
        changed(round, change.conversationId(), conversation -> conversation.withPriority(change.priority()),
                waiting -> {
                    round.floor.enqueue(waiting);
                    round.announcements.queued(waiting.conversationId(), change.eventId());
                });
    }

    /** A waiting conversation is routed again under its new team; a held one stays with its agent. */
    static void teamChanged(RoutingRound round, ConversationTeamChanged change) {
        changed(round, change.conversationId(), conversation -> conversation.withTeam(change.team()),
                waiting -> round.route(waiting, change.eventId()));
    }

    /** Changes the conversation where it is: in its holder's hands, or out of line and then placed again. */
    private static void changed(RoutingRound round, String conversationId, UnaryOperator<Conversation> change,
            Consumer<Conversation> placeAgain) {
        Floor floor = round.floor;
        floor.holderOf(conversationId).ifPresent(holder -> floor.put(
                holder.replacing(change.apply(heldBy(holder, conversationId)))));
        floor.queued(conversationId).ifPresent(waiting -> {
            floor.withdraw(conversationId);
            placeAgain.accept(change.apply(waiting));
        });
    }

    /**
     * Frees the named agent's room and drains the queue into it. A release naming someone other than the holder is
     * stale (the conversation has moved on) and changes nothing; a release of a waiting conversation withdraws it
     * (a held one is never also waiting, so withdrawing it is all a release not naming its holder can do).
     */
    static void released(RoutingRound round, ConversationReleased released) {
        Floor floor = round.floor;
        String conversationId = released.conversationId();
        Optional<Agent> holder = Optional.ofNullable(released.agentId()).flatMap(floor::agent)
                .filter(agent -> agent.holds(conversationId));
        if (holder.isPresent()) {
            floor.put(holder.get().released(conversationId));
            round.drainFor(holder.get().agentId());
        } else {
            floor.withdraw(conversationId);
        }
    }

    static Conversation heldBy(Agent agent, String conversationId) {
        return agent.held().stream().filter(held -> held.conversationId().equals(conversationId)).findFirst()
                .orElseThrow();
    }
}
