package dev.switchboard.conversation.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long an access token of the local issuer lasts ({@code switchboard.auth.token-ttl}). */
@ConfigurationProperties("switchboard.auth")
record AuthProperties(@DefaultValue("12h") Duration tokenTtl) {
}
