package dev.switchboard.ingest.webchat;

import dev.switchboard.events.Channel;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.inbox.Inboxes;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * CORS per inbox: the widget runs on the customer's website, so each inbox lists the origins allowed to call it
 * and no other site can post into that inbox from a visitor's browser.
 */
class WebchatCors implements CorsConfigurationSource {

    private static final PathPattern WEBCHAT_PATH = PathPatternParser.defaultInstance.parse("/webchat/{inboxId}/**");

    private final Inboxes inboxes;

    WebchatCors(Inboxes inboxes) {
        this.inboxes = inboxes;
    }

    @Override
    public @Nullable CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathPattern.PathMatchInfo match = WEBCHAT_PATH.matchAndExtract(PathContainer.parsePath(path));
        if (match == null) {
            return null;
        }
        return inboxes.find(match.getUriVariables().get("inboxId"), Channel.WEBCHAT)
                .map(WebchatCors::configurationFor)
                .orElse(null);
    }

    private static CorsConfiguration configurationFor(Inbox inbox) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOriginPatterns(inbox.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "POST"));
        configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE));
        configuration.setMaxAge(Duration.ofHours(1));
        return configuration;
    }
}
