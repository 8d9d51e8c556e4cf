package dev.switchboard.events;

/**
 * Published by conversation-service on {@code routing-inputs}, keyed by workspace so one routing instance decides for
 * it, in order.
 */
public sealed interface RoutingInput extends SwitchboardEvent
        permits AgentPresenceChanged, AgentProfileChanged, RoutingPolicyChanged, ConversationWaiting,
        ConversationReleased, ConversationPrioritised, ConversationTeamChanged, SelfAssignmentRequested,
        TransferRequested, SupervisorAssignmentRequested {

    @Override
    default String partitionKey() {
        return workspaceId();
    }
}
