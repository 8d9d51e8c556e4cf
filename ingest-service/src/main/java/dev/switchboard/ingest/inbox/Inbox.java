package dev.switchboard.ingest.inbox;

import dev.switchboard.events.Channel;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * One entry point of a workspace on one channel; its id appears in public URLs, so it is the unit of configuration.
 *
 * @param allowedOrigins browser origin patterns (e.g. {@code https://*.example.com}) that may call web chat endpoints
 * @param twilio the Twilio number and its auth token, for an SMS or WhatsApp inbox fed by Twilio
 */
public record Inbox(String id, String workspaceId, Channel channel, List<String> allowedOrigins,
        @Nullable TwilioNumber twilio) {

    @ConstructorBinding
    public Inbox(String id, String workspaceId, Channel channel, @Nullable List<String> allowedOrigins,
            @Nullable TwilioNumber twilio) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.channel = channel;
        this.allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        this.twilio = twilio;
    }

    /** An inbox fed by no provider account, such as web chat. */
    public Inbox(String id, String workspaceId, Channel channel, @Nullable List<String> allowedOrigins) {
        this(id, workspaceId, channel, allowedOrigins, null);
    }
}
