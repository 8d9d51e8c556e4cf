package dev.switchboard.conversation.message;

import dev.switchboard.conversation.web.Patterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an agent writes back to the customer. */
record ReplyRequest(
        @NotBlank @Size(max = 4000) @Pattern(regexp = Patterns.TEXT, message = Patterns.TEXT_RULE) String text) {
}
