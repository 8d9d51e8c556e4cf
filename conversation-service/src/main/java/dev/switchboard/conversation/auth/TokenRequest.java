package dev.switchboard.conversation.auth;

import jakarta.validation.constraints.NotBlank;

/** An agent's sign-in credentials. */
record TokenRequest(@NotBlank String username, @NotBlank String password) {

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + ", password=<redacted>]";
    }
}
