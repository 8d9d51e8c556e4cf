package dev.switchboard.notify.delivery.meta;

import java.net.URI;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The WhatsApp Cloud API side of a WhatsApp inbox: the business phone number that sends and the system-user access
 * token. The token comes from the environment only, never in {@link #toString()}.
 */
public record WhatsappCloudNumber(@DefaultValue("https://graph.facebook.com") URI baseUrl,
        @DefaultValue("v25.0") String version, String phoneNumberId, String accessToken,
        @DefaultValue("20") double messagesPerSecond) {

    public WhatsappCloudNumber {
        if (phoneNumberId.isBlank() || accessToken.isBlank()) {
            throw new IllegalArgumentException("a WhatsApp Cloud API inbox needs its phone number id and access token");
        }
    }

    @Override
    public String toString() {
        return "WhatsappCloudNumber[baseUrl=" + baseUrl + ", version=" + version + ", phoneNumberId=" + phoneNumberId
                + ", accessToken=<redacted>]";
    }
}
