package dev.switchboard.ingest.webchat.widget;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the widget's visitors reach notify-service, told to the widget so a website's snippet needs only the inbox.
 *
 * @param notifyUrl notify-service's public base URL as a browser reaches it ({@code https://notify.example.com});
 *     unset, the snippet must name it in {@code data-notify-url}
 */
@ConfigurationProperties("switchboard.webchat.widget")
record WidgetProperties(@Nullable String notifyUrl) {
}
