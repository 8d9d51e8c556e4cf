package dev.switchboard.conversation.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an agent writes back to the customer. */
record ReplyRequest(@NotBlank @Size(max = 4000) String text) {
}
