package dev.switchboard.notify.push;

import dev.switchboard.events.ConversationEvent;

/** A conversation event with the place of its record, live or read back: what a stream orders and de-duplicates by. */
record PositionedEvent(ConversationEvent event, Position position) {
}
