package dev.switchboard.conversation.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How agents sign in: {@code password-login} turns on the local username/password token endpoint (off by default,
 * production signs in elsewhere); {@code token-ttl} is how long an access token lasts.
 */
@ConfigurationProperties("switchboard.auth")
record AuthProperties(@DefaultValue("false") boolean passwordLogin, @DefaultValue("12h") Duration tokenTtl) {
}
