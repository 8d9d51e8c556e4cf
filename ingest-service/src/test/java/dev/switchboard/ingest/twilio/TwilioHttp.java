package dev.switchboard.ingest.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.ingest.ProblemResponses;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Twilio's side of the wire, for tests: form POSTs signed the way Twilio signs them, against the running service. */
final class TwilioHttp {

    static final String SMS_TOKEN = "local-only-twilio-auth-token-demo-sms";
    static final String WHATSAPP_TOKEN = "local-only-twilio-auth-token-demo-whatsapp";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    TwilioHttp(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    String url(String path) {
        return baseUrl + path;
    }

    /** POSTs {@code form}, signed with {@code token} over {@code signedUrl}, with any extra headers. */
    HttpResponse<String> postSigned(String path, Map<String, String> form, String token, String signedUrl,
            String... headers) {
        String signature = TwilioSignature.compute(token, signedUrl, asForm(form));
        return post(path, "application/x-www-form-urlencoded", encode(form),
                concat(headers, "X-Twilio-Signature", signature));
    }

    HttpResponse<String> postSigned(String path, Map<String, String> form, String token) {
        return postSigned(path, form, token, url(path));
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return ProblemResponses.send(client, request.build());
    }

    /** A checked-in sample payload as an ordered, editable map of its parameters. */
    static Map<String, String> sample(String name) {
        Map<String, String> form = new LinkedHashMap<>();
        TwilioForm.parse(TwilioWebhookTest.sample(name)).parameters().forEach(p -> form.put(p.getKey(), p.getValue()));
        return form;
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(p -> URLEncoder.encode(p.getKey(), UTF_8) + "=" + URLEncoder.encode(p.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static TwilioForm asForm(Map<String, String> form) {
        return new TwilioForm(form.entrySet().stream()
                .<Map.Entry<String, String>>map(p -> new SimpleImmutableEntry<>(p.getKey(), p.getValue())).toList());
    }

    private static String[] concat(String[] headers, String name, String value) {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = name;
        all[headers.length + 1] = value;
        return all;
    }
}
