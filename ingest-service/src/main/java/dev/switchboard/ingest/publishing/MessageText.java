package dev.switchboard.ingest.publishing;

import dev.switchboard.events.InboundEvent;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a customer typed, made safe to store and show whichever channel it came from: control characters (NUL, bell,
 * escape sequences that would rewrite an agent's terminal or break a log line) are dropped, line breaks and tabs kept;
 * unpaired UTF-16 surrogates (from invalid UTF-8 upstream) become U+FFFD. Everything else, emoji included, is kept.
 */
final class MessageText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\r\\n\\t]]");
    private static final Pattern LONE_SURROGATE =
            Pattern.compile("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    private MessageText() {
    }

    static String clean(String text) {
        return LONE_SURROGATE.matcher(CONTROL.matcher(text).replaceAll("")).replaceAll("\uFFFD");
    }

    static @Nullable String cleanOrNull(@Nullable String text) {
        return text == null ? null : clean(text);
    }

    /** The event with its customer-typed text and name cleaned; receipts carry nothing a customer typed. */
    static InboundEvent cleaned(InboundEvent event) {
        if (!(event instanceof MessageReceived m)) {
            return event;
        }
        return new MessageReceived(m.eventId(), m.occurredAt(), m.workspaceId(), m.inboxId(), m.channel(),
                m.messageId(), m.providerMessageId(), m.threadKey(),
                new Sender(m.sender().handle(), cleanOrNull(m.sender().displayName())), clean(m.text()),
                m.attachments(), m.threadHints(), m.providerTimestamp(), m.providerMetadata());
    }
}
