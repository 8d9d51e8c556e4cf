package dev.switchboard.ingest.email;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a relayed message is: a customer's email, or mail a machine sent on its own (an out-of-office reply, a bounce),
 * which must never become a message, or two auto-responders would answer each other forever.
 */
sealed interface RelayedEmail {

    /** An auto-reply, bulk mail or delivery report; {@code kind} is a small fixed set, safe as a metric tag. */
    record Automatic(String kind) implements RelayedEmail {
    }

    /**
     * A customer's email, headers decoded and the body reduced to what the customer wrote.
     *
     * @param messageId the {@code Message-ID} with its angle brackets as sent, or one synthesised from the raw bytes
     * @param references the {@code References} ids in order, oldest (the thread's root) first
     * @param fromAddress the sender's address, lower-cased
     * @param sentAt the {@code Date} header, when it is readable
     */
    record CustomerEmail(String messageId, boolean messageIdSynthesized, @Nullable String inReplyTo,
            List<String> references, @Nullable String subject, String fromAddress, @Nullable String fromName,
            @Nullable Instant sentAt, EmailBody body) implements RelayedEmail {

        public CustomerEmail {
            references = List.copyOf(references);
        }

        /** The first id of the thread this mail answers, else its own: the same for every mail of one exchange. */
        String threadRoot() {
            if (!references.isEmpty()) {
                return references.get(0);
            }
            return inReplyTo != null ? inReplyTo : messageId;
        }
    }
}
