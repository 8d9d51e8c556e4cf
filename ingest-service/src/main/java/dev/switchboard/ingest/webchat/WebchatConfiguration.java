package dev.switchboard.ingest.webchat;

import dev.switchboard.ingest.inbox.Inboxes;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the web chat entry into Spring MVC: the token check on message posts, and per-inbox CORS. */
@Configuration(proxyBeanMethods = false)
class WebchatConfiguration implements WebMvcConfigurer {

    private final VisitorAuthentication authentication;

    WebchatConfiguration(VisitorAuthentication authentication) {
        this.authentication = authentication;
    }

    @Bean
    FilterRegistrationBean<CorsFilter> webchatCorsFilter(Inboxes inboxes) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(
                new CorsFilter(new WebchatCors(inboxes)));
        registration.addUrlPatterns("/webchat/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(authentication).addPathPatterns("/webchat/*/messages");
    }
}
