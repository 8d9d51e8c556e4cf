package dev.switchboard.conversation.console;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the agent console (static, {@code /console/}) finds the services besides this one, as a browser reaches
 * them; the console calls this service's API on its own origin.
 *
 * @param notifyUrl notify-service's base URL (live events: {@code /ws/agent}); unset, the console runs without them
 * @param routingUrl routing-service's base URL (the supervisor's floor); unset, the floor view is hidden
 * @param oidcLoginUrl where to send an agent to sign in when tokens come from an OIDC provider; the provider returns
 *     to {@code /console/#access_token=...}; unset, the console signs in with {@code POST /api/v1/auth/token}
 */
@ConfigurationProperties("switchboard.console")
record ConsoleProperties(@Nullable String notifyUrl, @Nullable String routingUrl, @Nullable String oidcLoginUrl) {
}
