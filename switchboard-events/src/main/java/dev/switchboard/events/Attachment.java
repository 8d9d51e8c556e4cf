package dev.switchboard.events;

import org.jspecify.annotations.Nullable;

/**
 * A file that travels with a message, by reference: bodies never ride on Kafka.
 *
 * @param size the size in bytes, when the channel says
 */
public record Attachment(String url, String contentType, @Nullable String fileName, @Nullable Long size) {

    /** An attachment whose size the channel does not tell. */
    public Attachment(String url, String contentType, @Nullable String fileName) {
        this(url, contentType, fileName, null);
    }
}
