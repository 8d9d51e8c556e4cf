package dev.switchboard.notify.delivery.twilio;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Twilio side of an SMS or WhatsApp inbox: the account that sends, and the sender. The auth token comes from the
 * environment only and never appears in {@link #toString()}.
 *
 * @param from the sending number ({@code +15005550006}, or {@code whatsapp:+14155238886}); or, instead,
 * @param messagingServiceSid a Messaging Service that picks the sender
 * @param messagesPerSecond the sender's pace: a US long code does about 1 a second
 */
public record TwilioAccount(@DefaultValue("https://api.twilio.com") URI baseUrl, String accountSid, String authToken,
        @Nullable String from, @Nullable String messagingServiceSid, @DefaultValue("1") double messagesPerSecond) {

    public TwilioAccount {
        if (accountSid.isBlank() || authToken.isBlank() || (blank(from) && blank(messagingServiceSid))) {
            throw new IllegalArgumentException(
                    "a Twilio inbox needs an account SID, its auth token, and a from number or a messaging service");
        }
    }

    /** Who the rate limit meters: the number, or the messaging service. */
    String sender() {
        return blank(from) ? String.valueOf(messagingServiceSid) : String.valueOf(from);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "TwilioAccount[baseUrl=" + baseUrl + ", accountSid=" + accountSid + ", authToken=<redacted>, from="
                + from + ", messagingServiceSid=" + messagingServiceSid + "]";
    }
}
