package dev.switchboard.notify.security;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Checks the visitor tokens ingest-service issues; a token is good for the one inbox it names and no other. */
@Component
public class VisitorTokenVerifier {

    static final String ISSUER = "switchboard-webchat";

    private final SharedSecretJwt jwt;

    VisitorTokenVerifier(VisitorTokenProperties properties) {
        this.jwt = new SharedSecretJwt(properties.visitorTokenSecret(), ISSUER, List.of("sub", "ws", "inbox"));
    }

    /** The visitor, when the token is valid and was issued for {@code inboxId}. */
    public Optional<VisitorIdentity> verify(@Nullable String token, String inboxId) {
        return jwt.verify(token).map(VisitorTokenVerifier::identityOf)
                .filter(visitor -> visitor.inboxId().equals(inboxId));
    }

    private static VisitorIdentity identityOf(Jwt token) {
        return new VisitorIdentity(token.getClaimAsString("ws"), token.getClaimAsString("inbox"), token.getSubject());
    }
}
