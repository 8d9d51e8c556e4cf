package dev.switchboard.events;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a channel tells us about threading (email's Message-ID, In-Reply-To, References and Subject). */
public record ThreadHints(@Nullable String externalMessageId, @Nullable String inReplyTo, List<String> references,
        @Nullable String subject) {

    public ThreadHints {
        references = List.copyOf(references);
    }
}
