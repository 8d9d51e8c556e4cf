package dev.switchboard.events;

/**
 * Why routing gave a conversation to an agent: chosen by the workspace's strategy, sticky to the agent who last
 * helped the customer, taken by the agent, transferred, placed by a supervisor, or re-routed after its agent left.
 */
public enum AssignmentReason {
    AUTO, STICKY, SELF, TRANSFER, SUPERVISOR, REQUEUE
}
