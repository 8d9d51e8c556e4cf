package dev.switchboard.events;

import org.jspecify.annotations.Nullable;

/** A file that travels with a message, by reference: bodies never ride on Kafka. */
public record Attachment(String url, String contentType, @Nullable String fileName) {
}
