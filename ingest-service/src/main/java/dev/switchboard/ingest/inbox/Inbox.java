package dev.switchboard.ingest.inbox;

import dev.switchboard.events.Channel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry point of a workspace on one channel; its id appears in public URLs, so it is the unit of configuration.
 *
 * @param allowedOrigins browser origin patterns (e.g. {@code https://*.example.com}) that may call web chat endpoints
 */
public record Inbox(String id, String workspaceId, Channel channel, List<String> allowedOrigins) {

    public Inbox(String id, String workspaceId, Channel channel, @Nullable List<String> allowedOrigins) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.channel = channel;
        this.allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
