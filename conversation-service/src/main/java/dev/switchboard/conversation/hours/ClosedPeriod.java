package dev.switchboard.conversation.hours;

import java.time.Instant;

/**
 * A stretch of time during which the team is closed, from the end of one opening to the start of the next; its
 * {@code since} tells one closed period from the next (one auto-reply per conversation each).
 */
public record ClosedPeriod(Instant since, Instant opensAt) {
}
