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
 * @param meta the Meta page, Instagram account or WhatsApp business number and the app's secrets, for an inbox fed by
 *     Meta (Messenger, Instagram, WhatsApp Cloud API)
 * @param email the address and the mail relay's secret, for an email inbox
 */
public record Inbox(String id, String workspaceId, Channel channel, List<String> allowedOrigins,
        @Nullable TwilioNumber twilio, @Nullable MetaAccount meta, @Nullable EmailMailbox email) {

    @ConstructorBinding
    public Inbox(String id, String workspaceId, Channel channel, @Nullable List<String> allowedOrigins,
            @Nullable TwilioNumber twilio, @Nullable MetaAccount meta, @Nullable EmailMailbox email) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.channel = channel;
        this.allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        this.twilio = twilio;
        this.meta = meta;
        this.email = email;
        if (channel == Channel.WHATSAPP && meta != null && meta.phoneNumberId() == null) {
            throw new IllegalArgumentException("WhatsApp Cloud API inbox '" + id
                    + "' needs meta.phone-number-id: without it no message could be matched to it");
        }
    }

    /** An inbox fed by Twilio. */
    public Inbox(String id, String workspaceId, Channel channel, @Nullable List<String> allowedOrigins,
            @Nullable TwilioNumber twilio) {
        this(id, workspaceId, channel, allowedOrigins, twilio, null, null);
    }

    /** An inbox fed by no provider account, such as web chat. */
    public Inbox(String id, String workspaceId, Channel channel, @Nullable List<String> allowedOrigins) {
        this(id, workspaceId, channel, allowedOrigins, null, null, null);
    }
}
