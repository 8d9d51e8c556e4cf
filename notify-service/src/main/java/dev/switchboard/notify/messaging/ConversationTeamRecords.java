package dev.switchboard.notify.messaging;

import dev.switchboard.events.ConversationTeamChanged;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.TransferRequested;
import dev.switchboard.notify.push.ConversationTeams;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * What the {@code teamChanges-in-0} binding ({@code routing-inputs}, group
 * {@code notify-service.conversation-teams}) does with a record: keeps each conversation's team as routing is told
 * it, since only routing's inputs carry it and a waiting conversation is shown to its team's queue. The topic is keyed
 * by workspace, so a conversation's team changes are applied in the order they were made; every other input is
 * passed over.
 */
@Component
class ConversationTeamRecords implements Consumer<Message<byte[]>> {

    private final ConversationTeams teams;

    ConversationTeamRecords(ConversationTeams teams) {
        this.teams = teams;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent.decode(message, RoutingInput.class).ifPresent(this::apply);
    }

    private void apply(RoutingInput input) {
        if (input instanceof ConversationWaiting waiting) {
            teams.assign(waiting.workspaceId(), waiting.conversationId(), waiting.team());
        } else if (input instanceof ConversationTeamChanged changed) {
            teams.assign(changed.workspaceId(), changed.conversationId(), changed.team());
        } else if (input instanceof TransferRequested transfer && transfer.toTeam() != null) {
            teams.assign(transfer.workspaceId(), transfer.conversationId(), transfer.toTeam());
        }
    }
}
