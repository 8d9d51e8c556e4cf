package dev.switchboard.notify.delivery.email;

import dev.switchboard.events.ThreadHints;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a reply sits in the customer's email thread (RFC 5322 3.6.4): {@code In-Reply-To} is the customer's message
 * we answer, {@code References} the thread so far ending with it. With no hints the reply starts a thread. The ids
 * come from the customer's mail: only well-formed ones ({@code <left@right>}, no spaces or line breaks) are used.
 */
record EmailThread(@Nullable String inReplyTo, String references) {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+@[^<>\\s]+>");

    static EmailThread of(@Nullable ThreadHints hints) {
        String inReplyTo = hints == null ? null
                : wellFormed(hints.inReplyTo()) ? hints.inReplyTo()
                : wellFormed(hints.externalMessageId()) ? hints.externalMessageId() : null;
        if (hints == null || inReplyTo == null) {
            return new EmailThread(null, "");
        }
        List<String> references = new ArrayList<>(hints.references().stream().filter(EmailThread::wellFormed)
                .toList());
        if (!references.contains(inReplyTo)) {
            references.add(inReplyTo);
        }
        return new EmailThread(inReplyTo, String.join(" ", references));
    }

    private static boolean wellFormed(@Nullable String messageId) {
        return messageId != null && MESSAGE_ID.matcher(messageId).matches();
    }
}
