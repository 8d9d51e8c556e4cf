package dev.switchboard.notify.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's Messages API as the sandbox plays it: Basic auth as the account, {@code To} and a body or media required,
 * 201 with a queued message and its {@code SM...} sid, or Twilio's error object. Like Twilio's test credentials,
 * {@value #INVALID_NUMBER} is refused as an invalid number (error 21211), so the demo can show a failed reply.
 */
@RestController
@Profile("local")
class SandboxTwilio {

    /** Twilio's magic test number for "invalid 'To' number": a permanent failure on demand. */
    static final String INVALID_NUMBER = "+15005550001";

    private final SandboxOutbox outbox;

    SandboxTwilio(SandboxOutbox outbox) {
        this.outbox = outbox;
    }

    @PostMapping(path = "/sandbox/twilio/2010-04-01/Accounts/{accountSid}/Messages.json",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@PathVariable String accountSid,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            @RequestParam MultiValueMap<String, String> form) {
        if (!basicUser(authorization).equals(accountSid)) {
            return error(HttpStatus.UNAUTHORIZED, 20003, "Authenticate");
        }
        String to = form.getFirst("To");
        List<String> media = Objects.requireNonNullElse(form.get("MediaUrl"), List.of());
        if (to == null || to.isBlank()) {
            return error(HttpStatus.BAD_REQUEST, 21604, "A 'To' phone number is required.");
        }
        if ((form.getFirst("Body") == null || form.getFirst("Body").isBlank()) && media.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, 21602, "Message body is required.");
        }
        if (to.endsWith(INVALID_NUMBER)) {
            return error(HttpStatus.BAD_REQUEST, 21211, "The 'To' number " + to + " is not a valid phone number.");
        }
        String sid = SandboxOutbox.id("SM");
        String from = Objects.requireNonNullElse(form.getFirst("From"), form.getFirst("MessagingServiceSid"));
        outbox.record(new OutboxEntry(Instant.now(), "twilio", to, from, form.getFirst("Body"), media, sid,
                Map.of("StatusCallback", Objects.toString(form.getFirst("StatusCallback"), ""))));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("sid", sid);
        message.put("account_sid", accountSid);
        message.put("to", to);
        message.put("from", from);
        message.put("body", Objects.toString(form.getFirst("Body"), ""));
        message.put("num_media", String.valueOf(media.size()));
        message.put("status", "queued");
        return ResponseEntity.status(HttpStatus.CREATED).body(message);
    }

    private static String basicUser(@Nullable String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return "";
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            return credentials.contains(":") ? credentials.substring(0, credentials.indexOf(':')) : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, int code, String message) {
        return ResponseEntity.status(status).body(Map.of("code", code, "message", message,
                "more_info", "https://www.twilio.com/docs/errors/" + code, "status", status.value()));
    }
}
