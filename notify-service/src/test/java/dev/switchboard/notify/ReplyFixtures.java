package dev.switchboard.notify;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Attachment;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ThreadHints;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Agents' replies as conversation-service publishes them, one fresh conversation and message each, to demo inboxes. */
final class ReplyFixtures {

    static final String WORKSPACE = "demo";
    static final String TEXT = "Let's get you back online.";

    private ReplyFixtures() {
    }

    static AgentReplied reply(String inboxId, Channel channel, String recipient) {
        return reply(WORKSPACE, inboxId, channel, recipient, TEXT, List.of(), null);
    }

    static AgentReplied reply(String workspaceId, String inboxId, Channel channel, String recipient, String text,
            List<Attachment> attachments, @Nullable ThreadHints hints) {
        return new AgentReplied(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS), workspaceId,
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), inboxId, channel, recipient, "alice", text,
                attachments, hints);
    }

    /** A customer's number no other test uses, so a test's stubs and request counts are its own. */
    static String freshNumber() {
        return "+1555" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000));
    }
}
