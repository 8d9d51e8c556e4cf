package dev.switchboard.routing.floor;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the configured console origins call the floor from a browser (bearer tokens, so no credentials mode). */
@Configuration(proxyBeanMethods = false)
class FloorCors implements WebMvcConfigurer {

    private final FloorCorsProperties properties;

    FloorCors(FloorCorsProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (properties.allowedOrigins().isEmpty()) {
            return;
        }
        registry.addMapping("/api/v1/routing/*/floor")
                .allowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new))
                .allowedMethods("GET")
                .allowedHeaders(HttpHeaders.AUTHORIZATION)
                .maxAge(Duration.ofHours(1).toSeconds());
    }
}
