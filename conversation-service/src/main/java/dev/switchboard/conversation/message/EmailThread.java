package dev.switchboard.conversation.message;

import dev.switchboard.events.ThreadHints;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a reply threads under the customer's mail in every mail client (RFC 5322 section 3.6.4): {@code In-Reply-To}
 * their Message-ID, {@code References} theirs plus their Message-ID, the thread's root first (which is also how ingest
 * finds the thread again when they answer), and the subject prefixed "Re: " once.
 */
final class EmailThread {

    /** References kept: the root and the latest ones, as mail clients trim long threads. */
    static final int MAX_REFERENCES = 50;

    private EmailThread() {
    }

    static @Nullable ThreadHints replyTo(ThreadHints customer) {
        String answered = customer.externalMessageId();
        if (answered == null) {
            return null;
        }
        Set<String> chain = new LinkedHashSet<>(customer.references());
        chain.add(answered);
        return new ThreadHints(null, answered, trimmed(new ArrayList<>(chain)), subject(customer.subject()));
    }

    private static List<String> trimmed(List<String> references) {
        if (references.size() <= MAX_REFERENCES) {
            return references;
        }
        List<String> kept = new ArrayList<>(List.of(references.get(0)));
        kept.addAll(references.subList(references.size() - (MAX_REFERENCES - 1), references.size()));
        return kept;
    }

    private static String subject(@Nullable String subject) {
        if (subject == null || subject.isBlank()) {
            return "Re: your message";
        }
        return subject.toLowerCase(Locale.ROOT).startsWith("re:") ? subject : "Re: " + subject;
    }
}
