package dev.switchboard.events;

/**
 * An agent routing considered for a conversation, with their weighted load before the decision, so the choice can
 * be explained after the fact.
 */
public record RoutingCandidate(String agentId, double load, int capacity) {
}
