package dev.switchboard.conversation.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The shared secret is trusted only when really set: never empty, never the text of an unresolved placeholder. */
class AgentTokenPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Bound.class);

    @Test
    void anEmptySecretMeansNoSharedSecretIssuer() {
        // Given application.yml's default for an unset variable / When bound / Then there is no key
        context.withPropertyValues("switchboard.security.agent-token-secret=")
                .run(started -> assertThat(started.getBean(AgentTokenProperties.class).key()).isEmpty());
    }

    @Test
    void anUnresolvedPlaceholderStopsTheServiceInsteadOfBecomingTheSecret() {
        // Given a placeholder without a value or default (Spring would bind its text, which anyone can read)
        // When bound / Then the context does not start
        context.withPropertyValues("switchboard.security.agent-token-secret=${UNSET_AGENT_TOKEN_SECRET_0123456789}")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void aSetSecretIsTheKey() {
        // Given / When a 32+ byte secret is bound / Then it signs
        context.withPropertyValues("switchboard.security.agent-token-secret=test-only-secret-0123456789abcdefghij")
                .run(started -> assertThat(started.getBean(AgentTokenProperties.class).key()).isPresent());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AgentTokenProperties.class)
    static class Bound {
    }
}
