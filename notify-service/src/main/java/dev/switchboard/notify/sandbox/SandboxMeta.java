package dev.switchboard.notify.sandbox;

import dev.switchboard.notify.delivery.provider.ProviderJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Meta's Send API (Messenger, Instagram) and WhatsApp Cloud API as the sandbox plays them: a token required, the
 * recipient required, and the ids and error objects Meta answers with.
 */
@RestController
@Profile("local")
class SandboxMeta {

    private final SandboxOutbox outbox;

    SandboxMeta(SandboxOutbox outbox) {
        this.outbox = outbox;
    }

    @PostMapping(path = "/sandbox/meta/{version}/me/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> send(@PathVariable String version,
            @RequestParam(name = "access_token", required = false) @Nullable String accessToken,
            @RequestBody JsonNode body) {
        if (accessToken == null || accessToken.isBlank()) {
            return error(190, "OAuthException", "An active access token must be used to query information.");
        }
        String recipient = body.at("/recipient/id").asString("");
        if (recipient.isBlank()) {
            return error(100, "OAuthException", "(#100) The parameter recipient is required");
        }
        String id = SandboxOutbox.id("m_");
        JsonNode message = body.path("message");
        String url = message.at("/attachment/payload/url").asString("");
        outbox.record(new OutboxEntry(Instant.now(), "meta", recipient, null, ProviderJson.text(message.path("text")),
                url.isEmpty() ? List.of() : List.of(url), id,
                Map.of("messaging_type", body.path("messaging_type").asString(""), "version", version)));
        return ResponseEntity.ok(Map.of("recipient_id", recipient, "message_id", id));
    }

    @PostMapping(path = "/sandbox/meta/{version}/{phoneNumberId}/messages",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> sendWhatsapp(@PathVariable String version, @PathVariable String phoneNumberId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            @RequestBody JsonNode body) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return error(190, "OAuthException", "Invalid OAuth access token - Cannot parse access token");
        }
        String to = body.path("to").asString("");
        if (to.isBlank() || !"whatsapp".equals(body.path("messaging_product").asString(""))) {
            return error(100, "OAuthException", "(#100) Invalid parameter");
        }
        String id = SandboxOutbox.id("wamid.");
        String type = body.path("type").asString("");
        String link = body.at("/" + type + "/link").asString("");
        outbox.record(new OutboxEntry(Instant.now(), "whatsapp-cloud", to, phoneNumberId,
                ProviderJson.text(body.at("/text/body")), link.isEmpty() ? List.of() : List.of(link), id,
                Map.of("type", type, "version", version)));
        return ResponseEntity.ok(Map.of("messaging_product", "whatsapp",
                "contacts", List.of(Map.of("input", to, "wa_id", to)), "messages", List.of(Map.of("id", id))));
    }

    private static ResponseEntity<Map<String, Object>> error(int code, String type, String message) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error",
                Map.of("message", message, "type", type, "code", code, "fbtrace_id", SandboxOutbox.id("A"))));
    }
}
