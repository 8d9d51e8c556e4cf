package dev.switchboard.events;

/**
 * Published by conversation-service on {@code conversation-events}, the public topic: what happened to a
 * conversation (keyed by it) or to a contact (keyed by the contact, see {@link ContactMerged}).
 */
public sealed interface ConversationEvent extends SwitchboardEvent permits ConversationChange, ContactMerged {
}
