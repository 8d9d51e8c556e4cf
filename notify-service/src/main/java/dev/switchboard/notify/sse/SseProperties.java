package dev.switchboard.notify.sse;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long one SSE response lives and how far its client may fall behind.
 *
 * @param timeout an open stream is ended after this long; EventSource reconnects with {@code Last-Event-ID} and
 *     resumes, so this only bounds how long one request holds server resources
 * @param queueLimit frames queued for a client that reads slower than events arrive before it is dropped (it then
 *     reconnects and resumes from its last id)
 */
@ConfigurationProperties("switchboard.notify.push.sse")
record SseProperties(@DefaultValue("30m") Duration timeout, @DefaultValue("1000") int queueLimit) {
}
