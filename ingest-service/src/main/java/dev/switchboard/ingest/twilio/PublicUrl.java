package dev.switchboard.ingest.twilio;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ForwardedHeaderUtils;
import org.springframework.web.util.UriComponents;

/**
 * The URL Twilio called, which is what it signed: behind a proxy the servlet sees another scheme, host, port or path,
 * so the configured public base URL wins, else the {@code X-Forwarded-Proto/Host/Port/Prefix} headers. Trusting those
 * headers here is safe: they only choose the URL to verify against, and a forger still lacks the auth token.
 */
@Component
class PublicUrl {

    private final @Nullable String baseUrl;

    PublicUrl(TwilioProperties properties) {
        URI base = properties.publicBaseUrl();
        this.baseUrl = base == null ? null : base.toString().replaceAll("/+$", "");
    }

    String of(HttpServletRequest request) {
        String pathAndQuery = request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (baseUrl != null) {
            return baseUrl + pathAndQuery;
        }
        return origin(request) + forwardedPrefix(request.getHeader("X-Forwarded-Prefix")) + pathAndQuery;
    }

    private static String origin(HttpServletRequest request) {
        URI received = URI.create(request.getRequestURL().toString());
        UriComponents forwarded = ForwardedHeaderUtils
                .adaptFromForwardedHeaders(received, new ServletServerHttpRequest(request).getHeaders())
                .replacePath(null).replaceQuery(null).build();
        return forwarded.toUriString();
    }

    /** Like Spring's ForwardedHeaderFilter: comma-separated prefixes joined, without trailing slashes. */
    private static String forwardedPrefix(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return "";
        }
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .map(prefix -> prefix.replaceAll("/+$", ""))
                .collect(Collectors.joining());
    }
}
