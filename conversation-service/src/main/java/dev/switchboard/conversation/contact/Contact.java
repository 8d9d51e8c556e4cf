package dev.switchboard.conversation.contact;

import dev.switchboard.events.Channel;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A customer of a workspace. Its id is its first identity ({@code workspaceId:inboxId:handle}); a merge gives it the
 * identities of the contacts merged into it, whose documents then only point here.
 *
 * @param mergedInto the contact this one was merged into; {@code null} while it stands on its own
 */
record Contact(String id, String workspaceId, @Nullable String displayName, List<Identity> identities,
        List<String> mergedContactIds, @Nullable String mergedInto, Instant createdAt, Instant lastSeenAt) {

    Contact {
        identities = List.copyOf(identities);
        mergedContactIds = List.copyOf(mergedContactIds);
    }

    /** Every contact id whose conversations are this contact's: its own and those merged into it. */
    List<String> allIds() {
        return Stream.concat(Stream.of(id), mergedContactIds.stream()).toList();
    }

    /** One way to reach the customer: a handle in an inbox of a channel. */
    record Identity(String inboxId, Channel channel, String handle) {
    }
}
