package dev.switchboard.events;

/**
 * Published by conversation-service on {@code conversation-events}, the public topic: what happened to a
 * conversation (keyed by it), to a contact (keyed by the contact, see {@link ContactMerged}) or to an agent's status
 * (keyed by the agent, see {@link AgentStatusChanged}).
 */
public sealed interface ConversationEvent extends SwitchboardEvent
        permits ConversationChange, ContactMerged, AgentStatusChanged {
}
