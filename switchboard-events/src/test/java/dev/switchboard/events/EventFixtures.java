package dev.switchboard.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One canonical instance of every event, matching the checked-in samples under {@code samples/}. */
public final class EventFixtures {

    public static final String WORKSPACE = "demo";
    public static final String CONVERSATION = "6f1c1a0e-8a53-4f7b-9a53-2d4f3b1f9c01";
    public static final Instant AT = Instant.parse("2026-11-23T09:58:00Z");

    private EventFixtures() {
    }

    public static UUID id(int n) {
        return UUID.fromString("00000000-0000-4000-8000-%012d".formatted(n));
    }

    public static MessageReceived messageReceived() {
        return new MessageReceived(id(1), AT, WORKSPACE, "demo-webchat", Channel.WEBCHAT,
                "5b0c2f0e-3a47-3c1e-9a51-0d2f1f6e7a10", "client-42", "demo:demo-webchat:visitor-7",
                new Sender("visitor-7", "Ana"), "Help! My internet cut out",
                List.of(new Attachment("https://files.example/modem.jpg", "image/jpeg", "modem.jpg", 48213L)), null,
                null, Map.of());
    }

    public static MessageReceived emailReceived() {
        return new MessageReceived(id(2), AT, WORKSPACE, "demo-email", Channel.EMAIL,
                "8d7e5c1a-1f0b-3b2e-8c11-4a5b6c7d8e9f", "<cafe@mail.example>",
                "demo:demo-email:ana@example.com:<root@mail.example>", new Sender("ana@example.com", "Ana Lima"),
                "Still no internet.", List.of(),
                new ThreadHints("<cafe@mail.example>", "<beef@switchboard.local>",
                        List.of("<root@mail.example>", "<beef@switchboard.local>"), "Re: Your ticket"),
                Instant.parse("2026-11-23T09:57:41Z"), Map.of());
    }

    public static ConversationOpened conversationOpened() {
        return new ConversationOpened(id(3), AT, WORKSPACE, CONVERSATION, "demo-webchat", Channel.WEBCHAT,
                "c-visitor-7", "visitor-7", Priority.NORMAL);
    }

    public static MessageAppended messageAppended() {
        return new MessageAppended(id(4), AT, WORKSPACE, CONVERSATION, "5b0c2f0e-3a47-3c1e-9a51-0d2f1f6e7a10",
                "demo-webchat", Channel.WEBCHAT, Direction.INBOUND, new Author(Author.Kind.CONTACT, "c-visitor-7"),
                "Help! My internet cut out", List.of(), "alice");
    }

    public static ConversationAssigned conversationAssigned() {
        return new ConversationAssigned(id(5), AT, WORKSPACE, CONVERSATION, "alice", null, "demo-webchat",
                Channel.WEBCHAT);
    }

    public static ConversationResolved conversationResolved() {
        return new ConversationResolved(id(6), AT, WORKSPACE, CONVERSATION, "alice");
    }

    public static AgentPresenceChanged agentPresenceChanged() {
        return new AgentPresenceChanged(id(7), AT, WORKSPACE, "alice", Presence.ONLINE, 6, PresenceReason.CHOSEN);
    }

    public static ConversationWaiting conversationWaiting() {
        return new ConversationWaiting(id(8), AT, WORKSPACE, CONVERSATION, "demo-webchat", Channel.WEBCHAT,
                Priority.HIGH, "billing", List.of("spanish"), "alice", AT.minusSeconds(3_600), AT.minusSeconds(30),
                WaitingReason.REOPENED);
    }

    public static ConversationReleased conversationReleased() {
        return new ConversationReleased(id(9), AT, WORKSPACE, CONVERSATION, "alice", ReleaseReason.RESOLVED);
    }

    public static ConversationRouted conversationRouted() {
        return new ConversationRouted(id(10), AT, WORKSPACE, CONVERSATION, "alice", 1.5, 6, null,
                AssignmentReason.AUTO, RoutingStrategy.LEAST_LOADED,
                List.of(new RoutingCandidate("alice", 0.5, 6), new RoutingCandidate("bob", 2.0, 6)), false, id(8));
    }

    public static ConversationQueued conversationQueued() {
        return new ConversationQueued(id(11), AT, WORKSPACE, CONVERSATION, 3, null, 2, 90L, id(8));
    }

    public static AgentReplied agentReplied() {
        return new AgentReplied(id(12), AT, WORKSPACE, CONVERSATION, "0a1b2c3d-0000-4000-8000-000000000012",
                "demo-webchat", Channel.WEBCHAT, "visitor-7", "alice", "Let's get you back online.", List.of(),
                null);
    }

    public static MessageDelivered messageDelivered() {
        return new MessageDelivered(id(13), AT, WORKSPACE, CONVERSATION, "0a1b2c3d-0000-4000-8000-000000000012",
                Channel.WEBCHAT, null);
    }

    public static DeliveryFailed deliveryFailed() {
        return new DeliveryFailed(id(14), AT, WORKSPACE, CONVERSATION, "0a1b2c3d-0000-4000-8000-000000000012",
                Channel.SMS, "provider answered 503", 5, true);
    }

    public static DeliveryStatusChanged deliveryStatusChanged() {
        return new DeliveryStatusChanged(id(16), AT, WORKSPACE, CONVERSATION, "0a1b2c3d-0000-4000-8000-000000000012",
                Channel.SMS, DeliveryStatus.DELIVERED, "SM1f0e2d3c4b5a69788796a5b4c3d2e1f0", null, null,
                Instant.parse("2026-11-23T09:57:58Z"));
    }

    public static DeliveryStatusReported deliveryStatusReported() {
        return new DeliveryStatusReported(id(15), AT, WORKSPACE, "demo-sms", Channel.SMS, "demo:demo-sms:+14155550100",
                "SM1f0e2d3c4b5a69788796a5b4c3d2e1f0", DeliveryStatus.FAILED, "30003", "Unreachable destination handset",
                null, Map.of("AccountSid", "AC00000000000000000000000000000000"));
    }

    public static ConversationUnassigned conversationUnassigned() {
        return new ConversationUnassigned(id(40), AT, WORKSPACE, CONVERSATION, "alice",
                UnassignmentReason.AGENT_OFFLINE, 1, 4, 30L, null);
    }

    public static AssignmentRejected assignmentRejected() {
        return new AssignmentRejected(id(41), AT, WORKSPACE, CONVERSATION, "bob", RejectionReason.OVER_CAPACITY,
                id(46));
    }

    public static AgentProfileChanged agentProfileChanged() {
        return new AgentProfileChanged(id(42), AT, WORKSPACE, "alice", 6, Map.of(Channel.EMAIL, 0.5),
                List.of("billing"), List.of("spanish"));
    }

    public static RoutingPolicyChanged routingPolicyChanged() {
        return new RoutingPolicyChanged(id(43), AT, WORKSPACE, RoutingStrategy.LEAST_LOADED,
                Map.of("billing", RoutingStrategy.ROUND_ROBIN), Map.of(Channel.EMAIL, 0.5), 86_400L,
                Map.of(PresenceReason.DISCONNECTED, 60L), 600L, 300L);
    }

    public static ConversationPrioritised conversationPrioritised() {
        return new ConversationPrioritised(id(44), AT, WORKSPACE, CONVERSATION, Priority.URGENT);
    }

    public static ConversationTeamChanged conversationTeamChanged() {
        return new ConversationTeamChanged(id(45), AT, WORKSPACE, CONVERSATION, "billing");
    }

    public static SelfAssignmentRequested selfAssignmentRequested() {
        return new SelfAssignmentRequested(id(46), AT, WORKSPACE, CONVERSATION, "bob");
    }

    public static TransferRequested transferRequested() {
        return new TransferRequested(id(47), AT, WORKSPACE, CONVERSATION, "alice", null, "billing");
    }

    public static SupervisorAssignmentRequested supervisorAssignmentRequested() {
        return new SupervisorAssignmentRequested(id(48), AT, WORKSPACE, CONVERSATION, "sam", "bob", true);
    }

    /** Every fixture, one per registered event class (email is an extra variant of MessageReceived). */
    public static AgentConnectionsReported agentConnectionsReported() {
        return new AgentConnectionsReported(id(30), AT, WORKSPACE, "alice", "notify-7f3a", 0,
                Instant.parse("2026-11-23T10:00:30Z"));
    }

    public static WebhookEndpointDisabled webhookEndpointDisabled() {
        return new WebhookEndpointDisabled(id(31), AT, WORKSPACE, "wh_2f9c41d0", "failing",
                Instant.parse("2026-11-18T09:58:00Z"), 503);
    }

    public static NoteCreated noteCreated() {
        return new NoteCreated(id(60), AT, WORKSPACE, CONVERSATION, "0a1b2c3d-0000-4000-8000-000000000060", "alice",
                "@bob can you check the modem logs?", List.of("bob"), "alice");
    }

    public static AgentUnassigned agentUnassigned() {
        return new AgentUnassigned(id(61), AT, WORKSPACE, CONVERSATION, "alice", UnassignmentReason.AGENT_OFFLINE);
    }

    public static QueuePositionChanged queuePositionChanged() {
        return new QueuePositionChanged(id(62), AT, WORKSPACE, CONVERSATION, 2, 3, 90L);
    }

    public static ConversationStatusChanged conversationStatusChanged() {
        return new ConversationStatusChanged(id(63), AT, WORKSPACE, CONVERSATION, ConversationStatus.OPEN,
                ConversationStatus.SNOOZED, StatusCause.AGENT, "alice", "alice",
                Instant.parse("2026-11-24T09:00:00Z"));
    }

    public static ConversationPriorityChanged conversationPriorityChanged() {
        return new ConversationPriorityChanged(id(64), AT, WORKSPACE, CONVERSATION, Priority.NORMAL, Priority.URGENT,
                "sam", "alice");
    }

    public static ConversationUpdated conversationUpdated() {
        return new ConversationUpdated(id(65), AT, WORKSPACE, CONVERSATION, "billing", List.of("vip", "outage"),
                "sam", null);
    }

    public static DeliveryUpdated deliveryUpdated() {
        return new DeliveryUpdated(id(66), AT, WORKSPACE, CONVERSATION, "0a1b2c3d-0000-4000-8000-000000000012",
                Channel.SMS, "alice", DeliveryStatus.FAILED, "Unreachable destination handset (provider error 30003)",
                true);
    }

    public static ContactMerged contactMerged() {
        return new ContactMerged(id(67), AT, WORKSPACE, "demo:demo-webchat:visitor-7", "demo:demo-sms:+14155550100",
                List.of(CONVERSATION), "sam");
    }

    public static AgentStatusChanged agentStatusChanged() {
        return new AgentStatusChanged(id(68), AT, WORKSPACE, "alice", Presence.OFFLINE, PresenceReason.DISCONNECTED);
    }

    public static List<SwitchboardEvent> all() {
        return List.of(messageReceived(), conversationOpened(), messageAppended(), conversationAssigned(),
                conversationResolved(), agentPresenceChanged(), conversationWaiting(), conversationReleased(),
                conversationRouted(), conversationQueued(), conversationUnassigned(), assignmentRejected(),
                agentProfileChanged(), routingPolicyChanged(), conversationPrioritised(), conversationTeamChanged(),
                selfAssignmentRequested(), transferRequested(), supervisorAssignmentRequested(), agentReplied(),
                messageDelivered(), deliveryFailed(), deliveryStatusChanged(), deliveryStatusReported(),
                agentConnectionsReported(), webhookEndpointDisabled(), noteCreated(), agentUnassigned(),
                queuePositionChanged(), conversationStatusChanged(), conversationPriorityChanged(),
                conversationUpdated(), deliveryUpdated(), contactMerged(), agentStatusChanged());
    }
}
