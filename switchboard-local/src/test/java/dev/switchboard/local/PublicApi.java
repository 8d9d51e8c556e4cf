package dev.switchboard.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public HTTP interfaces of the running stack, called the way the web chat widget and an agent's UI call them. */
final class PublicApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalStack stack;

    PublicApi(LocalStack stack) {
        this.stack = stack;
    }

    HttpClient http() {
        return http;
    }

    JsonNode startVisitorSession(String inboxId) throws Exception {
        return send(Service.INGEST, "POST", "/webchat/" + inboxId + "/sessions", null, Map.of(), 201);
    }

    JsonNode sendVisitorMessage(String inboxId, JsonNode session, String text) throws Exception {
        return send(Service.INGEST, "POST", "/webchat/" + inboxId + "/messages", session.get("token").asString(),
                Map.of("visitorId", session.get("visitorId").asString(), "text", text), 202);
    }

    String signIn(String username, String password) throws Exception {
        return send(Service.CONVERSATION, "POST", "/api/v1/auth/token", null,
                Map.of("username", username, "password", password), 200).get("accessToken").asString();
    }

    JsonNode setStatus(String token, String status) throws Exception {
        return send(Service.CONVERSATION, "PUT", "/api/v1/agents/me/status", token, Map.of("status", status), 200);
    }

    JsonNode reply(String token, String conversationId, String text) throws Exception {
        return send(Service.CONVERSATION, "POST", "/api/v1/conversations/" + conversationId + "/messages", token,
                Map.of("text", text), 201);
    }

    JsonNode messages(String token, String conversationId) throws Exception {
        return send(Service.CONVERSATION, "GET", "/api/v1/conversations/" + conversationId + "/messages", token, null,
                200);
    }

    JsonNode conversation(String token, String conversationId) throws Exception {
        return send(Service.CONVERSATION, "GET", "/api/v1/conversations/" + conversationId, token, null, 200);
    }

    /** Any agent API call, answered with {@code expected}: the day's steps beyond the first reply. */
    JsonNode call(String method, String path, String token, Object body, int expected) throws Exception {
        return send(Service.CONVERSATION, method, path, token, body, expected);
    }

    /** A customer's SMS as Twilio posts it to ingest, signed with the demo inbox's local-only auth token. */
    void sendSms(String from, String text) throws Exception {
        String url = stack.url(Service.INGEST) + "/webhooks/twilio/demo-sms";
        Map<String, String> form = new TreeMap<>(Map.of("Body", text, "From", from,
                "MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""), "To", "+15005550006"));
        StringBuilder signed = new StringBuilder(url);
        form.forEach((name, value) -> signed.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(
                "local-only-twilio-auth-token-demo-sms".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = Base64.getEncoder().encodeToString(
                mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        String body = form.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("Twilio webhook answered %s", response.body()).isBetween(200, 299);
    }

    String socketUrl(String path) {
        return stack.url(Service.NOTIFY).replace("http://", "ws://") + path;
    }

    private JsonNode send(Service service, String method, String path, String bearer, Object body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
