package dev.switchboard.notify.delivery.inbox;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inboxes replies go out from ({@code switchboard.notify.inboxes}: none by default, declared per deployment;
 * the {@code local} profile declares the demo's) and what their messages need to know about the rest of the platform.
 *
 * @param ingestPublicBaseUrl where providers reach ingest-service ({@code SWITCHBOARD_INGEST_PUBLIC_BASE_URL}), for
 *     Twilio's status callbacks; none are requested while it is unset
 * @param emailDefaultSubject the subject of an email reply in a conversation that has none yet
 */
@ConfigurationProperties("switchboard.notify")
record InboxProperties(List<Inbox> inboxes, @Nullable URI ingestPublicBaseUrl,
        @DefaultValue("Re: your message") String emailDefaultSubject) {

    InboxProperties(@Nullable List<Inbox> inboxes, @Nullable URI ingestPublicBaseUrl, String emailDefaultSubject) {
        this.inboxes = inboxes == null ? List.of() : List.copyOf(inboxes);
        this.ingestPublicBaseUrl = ingestPublicBaseUrl == null || ingestPublicBaseUrl.toString().isBlank() ? null
                : ingestPublicBaseUrl;
        this.emailDefaultSubject = emailDefaultSubject;
    }
}
