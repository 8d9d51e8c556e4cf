package dev.switchboard.ingest.webchat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visitor's message as the widget posts it.
 *
 * @param clientMessageId the widget's own id for the message; sending it makes a retry safe
 */
record PostMessageRequest(
        @NotNull @Pattern(regexp = VisitorIds.PATTERN, message = VisitorIds.RULE) String visitorId,
        @Nullable @Size(max = 4000) String text,
        @Nullable @Size(min = 1, max = 128) String clientMessageId,
        @Nullable @Size(max = 10) List<@NotNull @Valid AttachmentRequest> attachments) {

    /** Bean Validation reads this as a constraint on property {@code text}: an empty message says nothing. */
    @AssertTrue(message = "must not be blank when there are no attachments")
    public boolean hasText() {
        return (text != null && !text.isBlank()) || (attachments != null && !attachments.isEmpty());
    }

    List<AttachmentRequest> attachmentsOrEmpty() {
        return attachments == null ? List.of() : attachments;
    }
}
