package dev.switchboard.routing.floor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;

/** Browsers may read the floor from the configured console origins only, and from none unless configured. */
class FloorCorsTest {

    @Test
    void letsTheConfiguredConsoleOriginsReadTheFloorAndNoOtherSite() {
        // Given the local profile's origins
        ReadableRegistry registry = new ReadableRegistry();

        // When the CORS rules are registered
        new FloorCors(new FloorCorsProperties(List.of("http://localhost:*"))).addCorsMappings(registry);

        // Then the console's origin may GET the floor with a bearer token, another site may not, nor may anyone write
        CorsConfiguration floor = registry.configurations().get("/api/v1/routing/*/floor");
        assertThat(floor.checkOrigin("http://localhost:8082")).isEqualTo("http://localhost:8082");
        assertThat(floor.checkOrigin("https://elsewhere.example")).isNull();
        assertThat(floor.checkHttpMethod(HttpMethod.GET)).isNotNull();
        assertThat(floor.checkHttpMethod(HttpMethod.POST)).isNull();
        assertThat(floor.checkHeaders(List.of("Authorization"))).containsExactly("Authorization");
    }

    @Test
    void allowsNoOriginUnlessConfigured() {
        ReadableRegistry registry = new ReadableRegistry();

        new FloorCors(new FloorCorsProperties(List.of())).addCorsMappings(registry);

        assertThat(registry.configurations()).isEmpty();
    }

    /** The registry as Spring MVC reads it. */
    private static final class ReadableRegistry extends CorsRegistry {

        Map<String, CorsConfiguration> configurations() {
            return getCorsConfigurations();
        }
    }
}
