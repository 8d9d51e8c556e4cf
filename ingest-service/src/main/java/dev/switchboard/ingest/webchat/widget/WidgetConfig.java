package dev.switchboard.ingest.webchat.widget;

import org.jspecify.annotations.Nullable;

/**
 * The widget's settings for one inbox.
 *
 * @param socketUrl the visitor socket ({@code ws(s)://.../ws/webchat/{inboxId}}), without the token; null when not
 *     configured here
 */
record WidgetConfig(String inboxId, @Nullable String socketUrl) {
}
