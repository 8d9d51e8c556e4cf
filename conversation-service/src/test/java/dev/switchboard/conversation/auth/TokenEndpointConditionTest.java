package dev.switchboard.conversation.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TokenEndpointConditionTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(PasswordLogin.class, () -> mock(PasswordLogin.class))
            .withBean(AgentTokens.class, () -> mock(AgentTokens.class))
            .withUserConfiguration(TokenController.class);

    @Test
    void passwordSignInIsAbsentUnlessSwitchedOn() {
        // Given no switchboard.auth.password-login / When the context starts / Then there is no token endpoint
        context.run(started -> assertThat(started).doesNotHaveBean(TokenController.class));
    }

    @Test
    void passwordSignInExistsWhenSwitchedOn() {
        // Given the local profile's setting / When the context starts / Then the token endpoint exists
        context.withPropertyValues("switchboard.auth.password-login=true")
                .run(started -> assertThat(started).hasSingleBean(TokenController.class));
    }
}
