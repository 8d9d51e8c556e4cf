package dev.switchboard.ingest.webchat;

import dev.switchboard.events.Attachment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A file the widget already uploaded somewhere, sent by reference: bodies never ride on Kafka. */
record AttachmentRequest(
        @NotBlank @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @NotBlank @Size(max = 255) String contentType,
        @Nullable @Size(max = 255) @Pattern(regexp = PLAIN_FILE_NAME,
                message = "must be a plain file name, without a path or control characters") String fileName,
        @Nullable @PositiveOrZero Long size) {

    /** A name to show, never a path: no separators, no {@code .} or {@code ..}, no control characters. */
    static final String PLAIN_FILE_NAME = "(?!\\.{1,2}$)[^/\\\\\\p{Cc}]+";

    Attachment toAttachment() {
        return new Attachment(url, contentType, fileName, size);
    }
}
