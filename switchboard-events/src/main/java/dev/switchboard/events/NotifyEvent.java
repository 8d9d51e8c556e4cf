package dev.switchboard.events;

/**
 * Published by notify-service on {@code notify-events}, keyed by workspace: what notify alone can observe — agents'
 * live connections and the health of webhook endpoints — for the services that act on it.
 */
public sealed interface NotifyEvent extends SwitchboardEvent permits AgentConnectionsReported, WebhookEndpointDisabled {

    @Override
    default String partitionKey() {
        return workspaceId();
    }
}
