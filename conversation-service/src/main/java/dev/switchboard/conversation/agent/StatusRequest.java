package dev.switchboard.conversation.agent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The presence an agent announces; a string so that a wrong value is a validation error naming the field. */
record StatusRequest(@NotNull @Pattern(regexp = "ONLINE|AWAY|OFFLINE", message = "must be ONLINE, AWAY or OFFLINE")
        String status) {
}
