package dev.switchboard.conversation.auth;

import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.conversation.agent.CurrentAgent;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers take a {@link CurrentAgent} parameter, read from the verified token, instead of raw JWT claims. */
@Configuration(proxyBeanMethods = false)
class CurrentAgentArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentAgent.class;
    }

    @Override
    public CurrentAgent resolveArgument(MethodParameter parameter, @Nullable
            ModelAndViewContainer container, NativeWebRequest request,
            @Nullable WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new AuthenticationCredentialsNotFoundException("no agent token");
        }
        Jwt jwt = token.getToken();
        return new CurrentAgent(jwt.getSubject(), jwt.getClaimAsString(AgentTokens.WORKSPACE_CLAIM),
                AgentRole.valueOf(jwt.getClaimAsString(AgentTokens.ROLE_CLAIM)));
    }
}
