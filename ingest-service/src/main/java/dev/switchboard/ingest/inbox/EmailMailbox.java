package dev.switchboard.ingest.inbox;

/**
 * The email side of an email inbox: the address customers write to, and the shared secret the mail relay presents
 * (HTTP Basic, user = the inbox id, password = this secret) when it posts a received message. The secret never
 * appears in {@link #toString()}.
 *
 * @param address the inbox's address, e.g. {@code support@example.com}
 * @param relaySecret the relay's password, from the environment
 */
public record EmailMailbox(String address, String relaySecret) {

    public EmailMailbox {
        if (address.isBlank() || relaySecret.isBlank()) {
            throw new IllegalArgumentException("an email inbox needs its address and the relay's secret");
        }
    }

    @Override
    public String toString() {
        return "EmailMailbox[address=" + address + ", relaySecret=<redacted>]";
    }
}
