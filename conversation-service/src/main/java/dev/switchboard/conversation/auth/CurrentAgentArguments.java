package dev.switchboard.conversation.auth;

import dev.switchboard.conversation.agent.CurrentAgent;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers take a {@link CurrentAgent} parameter, read from the verified token by its issuer's claim names. */
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
        if (!(authentication instanceof AgentAuthentication agent)) {
            throw new AuthenticationCredentialsNotFoundException("no agent token");
        }
        return agent.agent();
    }
}
