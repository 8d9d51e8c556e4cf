package dev.switchboard.ingest.inbox;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The inboxes declared under {@code switchboard.inboxes}; none by default, the {@code local} profile adds the demo. */
@ConfigurationProperties("switchboard")
record InboxProperties(List<Inbox> inboxes) {

    InboxProperties(@Nullable List<Inbox> inboxes) {
        this.inboxes = inboxes == null ? List.of() : List.copyOf(inboxes);
    }
}
