package dev.switchboard.notify.delivery.meta;

import java.net.URI;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Meta side of a Messenger or Instagram inbox: the Graph API and the page access token that sends as the page
 * (or the Instagram account linked to it). The token comes from the environment only, never in {@link #toString()}.
 *
 * @param version the Graph API version, e.g. {@code v25.0}
 */
public record MetaPage(@DefaultValue("https://graph.facebook.com") URI baseUrl, @DefaultValue("v25.0") String version,
        String pageAccessToken, @DefaultValue("20") double messagesPerSecond) {

    public MetaPage {
        if (pageAccessToken.isBlank()) {
            throw new IllegalArgumentException("a Messenger or Instagram inbox needs its page access token");
        }
    }

    @Override
    public String toString() {
        return "MetaPage[baseUrl=" + baseUrl + ", version=" + version + ", pageAccessToken=<redacted>]";
    }
}
