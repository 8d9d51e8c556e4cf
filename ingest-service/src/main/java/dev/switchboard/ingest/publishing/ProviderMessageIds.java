package dev.switchboard.ingest.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

/**
 * Switchboard's id of a provider's message: name-based on the inbox and the provider's own id (Twilio's MessageSid,
 * Meta's mid or wamid, an email's Message-ID), so a provider's retry of a message is the same message downstream and
 * the same provider id in two inboxes is two messages.
 */
public final class ProviderMessageIds {

    private ProviderMessageIds() {
    }

    public static String of(String inboxId, String providerMessageId) {
        return UUID.nameUUIDFromBytes((inboxId + ":" + providerMessageId).getBytes(UTF_8)).toString();
    }
}
