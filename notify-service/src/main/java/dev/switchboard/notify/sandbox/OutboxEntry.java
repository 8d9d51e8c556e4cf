package dev.switchboard.notify.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One message the sandbox took in place of a provider, as {@code GET /sandbox/outbox} shows it.
 *
 * @param provider {@code twilio}, {@code meta}, {@code whatsapp-cloud} or {@code smtp}
 * @param details what else the request said: Twilio's status callback, Meta's messaging type, email headers
 */
record OutboxEntry(Instant at, String provider, String to, @Nullable String from, @Nullable String text,
        List<String> media, String providerMessageId, Map<String, String> details) {
}
