package dev.switchboard.ingest.webchat;

import dev.switchboard.ingest.inbox.Inboxes;
import dev.switchboard.ingest.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the web chat entry into Spring MVC: a body limit, the token check on message posts, and per-inbox CORS. */
@Configuration(proxyBeanMethods = false)
class WebchatConfiguration implements WebMvcConfigurer {

    /** A widget's post is at most 4000 characters and ten attachment references: 64 KiB is ample. */
    static final int MAX_BODY_BYTES = 64 * 1024;

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
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getContentLengthLong() > MAX_BODY_BYTES) {
                    throw ProblemType.CONTENT_TOO_LARGE.exception("the body exceeds " + MAX_BODY_BYTES + " bytes");
                }
                return true;
            }
        }).addPathPatterns("/webchat/**");
    }
}
