package dev.switchboard.events;

import org.jspecify.annotations.Nullable;

/**
 * Who wrote an inbound message, as the channel names them.
 *
 * @param handle the channel address: web chat visitor id, E.164 phone number, email address, or Meta scoped id
 * @param displayName the name the channel gave, if any
 */
public record Sender(String handle, @Nullable String displayName) {
}
