package dev.switchboard.notify.delivery.email;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP side of an email inbox: the server that relays our replies and the address they come from. The password
 * comes from the environment only and never appears in {@link #toString()}.
 *
 * @param address the inbox's address, the replies' {@code From}, e.g. {@code support@example.com}
 * @param startTls require STARTTLS before authenticating (off only for a local sink)
 */
public record SmtpMailbox(String host, @DefaultValue("587") int port, @Nullable String username,
        @Nullable String password, String address, @Nullable String displayName, @DefaultValue("true") boolean startTls,
        @DefaultValue("5") double messagesPerSecond) {

    public SmtpMailbox {
        if (host.isBlank() || address.indexOf('@') < 1) {
            throw new IllegalArgumentException("an email inbox needs its SMTP host and a From address");
        }
    }

    /** The part of the address after {@code @}, which our Message-IDs end with. */
    String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return "SmtpMailbox[host=" + host + ", port=" + port + ", username=" + username + ", password=<redacted>, "
                + "address=" + address + ", startTls=" + startTls + "]";
    }
}
