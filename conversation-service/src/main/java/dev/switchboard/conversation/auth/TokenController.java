package dev.switchboard.conversation.auth;

import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Username/password sign-in for the local stack; absent (404) unless {@code switchboard.auth.password-login} is true. */
@RestController
@ConditionalOnBooleanProperty("switchboard.auth.password-login")
class TokenController {

    private final PasswordLogin login;
    private final AgentTokens tokens;

    TokenController(PasswordLogin login, AgentTokens tokens) {
        this.login = login;
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/auth/token")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        return tokens.issue(login.authenticate(request.username(), request.password()));
    }
}
