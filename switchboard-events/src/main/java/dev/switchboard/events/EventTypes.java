package dev.switchboard.events;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The stable CloudEvents {@code type} of every event: the wire name, decoupled from Java class names. */
public final class EventTypes {

    private static final Map<Class<? extends SwitchboardEvent>, String> TYPES = Map.ofEntries(
            Map.entry(MessageReceived.class, "dev.switchboard.message.received.v1"),
            Map.entry(DeliveryStatusReported.class, "dev.switchboard.delivery.status-reported.v1"),
            Map.entry(ConversationOpened.class, "dev.switchboard.conversation.opened.v1"),
            Map.entry(MessageAppended.class, "dev.switchboard.conversation.message-appended.v1"),
            Map.entry(ConversationAssigned.class, "dev.switchboard.conversation.assigned.v1"),
            Map.entry(ConversationResolved.class, "dev.switchboard.conversation.resolved.v1"),
            Map.entry(AgentPresenceChanged.class, "dev.switchboard.agent.presence-changed.v1"),
            Map.entry(ConversationWaiting.class, "dev.switchboard.routing.conversation-waiting.v1"),
            Map.entry(ConversationReleased.class, "dev.switchboard.routing.conversation-released.v1"),
            Map.entry(ConversationRouted.class, "dev.switchboard.routing.conversation-routed.v1"),
            Map.entry(ConversationQueued.class, "dev.switchboard.routing.conversation-queued.v1"),
            Map.entry(ConversationUnassigned.class, "dev.switchboard.routing.conversation-unassigned.v1"),
            Map.entry(AssignmentRejected.class, "dev.switchboard.routing.assignment-rejected.v1"),
            Map.entry(AgentProfileChanged.class, "dev.switchboard.agent.profile-changed.v1"),
            Map.entry(RoutingPolicyChanged.class, "dev.switchboard.routing.policy-changed.v1"),
            Map.entry(ConversationPrioritised.class, "dev.switchboard.routing.conversation-prioritised.v1"),
            Map.entry(ConversationTeamChanged.class, "dev.switchboard.routing.conversation-team-changed.v1"),
            Map.entry(SelfAssignmentRequested.class, "dev.switchboard.routing.self-assignment-requested.v1"),
            Map.entry(TransferRequested.class, "dev.switchboard.routing.transfer-requested.v1"),
            Map.entry(SupervisorAssignmentRequested.class,
                    "dev.switchboard.routing.supervisor-assignment-requested.v1"),
            Map.entry(AgentReplied.class, "dev.switchboard.message.reply-requested.v1"),
            Map.entry(MessageDelivered.class, "dev.switchboard.delivery.delivered.v1"),
            Map.entry(DeliveryFailed.class, "dev.switchboard.delivery.failed.v1"),
            Map.entry(DeliveryStatusChanged.class, "dev.switchboard.delivery.status-changed.v1"),
            Map.entry(AgentConnectionsReported.class, "dev.switchboard.agent.connections-reported.v1"),
            Map.entry(WebhookEndpointDisabled.class, "dev.switchboard.webhook.endpoint-disabled.v1"),
            Map.entry(NoteCreated.class, "dev.switchboard.note.created.v1"),
            Map.entry(AgentUnassigned.class, "dev.switchboard.conversation.unassigned.v1"),
            Map.entry(QueuePositionChanged.class, "dev.switchboard.conversation.queued.v1"),
            Map.entry(ConversationStatusChanged.class, "dev.switchboard.conversation.status-changed.v1"),
            Map.entry(ConversationPriorityChanged.class, "dev.switchboard.conversation.priority-changed.v1"),
            Map.entry(ConversationUpdated.class, "dev.switchboard.conversation.updated.v1"),
            Map.entry(DeliveryUpdated.class, "dev.switchboard.delivery.updated.v1"),
            Map.entry(ContactMerged.class, "dev.switchboard.contact.merged.v1"),
            Map.entry(AgentStatusChanged.class, "dev.switchboard.agent.status-changed.v1"));

    private static final Map<String, Class<? extends SwitchboardEvent>> CLASSES = TYPES.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private EventTypes() {
    }

    public static String typeOf(Class<? extends SwitchboardEvent> eventClass) {
        String type = TYPES.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException("unregistered event class " + eventClass.getName());
        }
        return type;
    }

    public static Optional<Class<? extends SwitchboardEvent>> classOf(String type) {
        return Optional.ofNullable(CLASSES.get(type));
    }

    /** Every registered event class, for tests and documentation. */
    public static Map<Class<? extends SwitchboardEvent>, String> all() {
        return TYPES;
    }
}
