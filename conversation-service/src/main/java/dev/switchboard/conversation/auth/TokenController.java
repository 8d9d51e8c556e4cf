package dev.switchboard.conversation.auth;

import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Username/password sign-in to the local stack's built-in issuer; absent (404) in every other profile, where agents
 * sign in at the OIDC provider.
 */
@RestController
@Profile("local")
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
