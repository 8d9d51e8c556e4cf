package dev.switchboard.events;

/** How routing picks among eligible agents: the least loaded relative to capacity, or each in turn. */
public enum RoutingStrategy {
    LEAST_LOADED, ROUND_ROBIN
}
