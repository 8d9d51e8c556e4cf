package dev.switchboard.ingest.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The POST parameters of a Twilio webhook, decoded once from the raw body so that the signature is checked over
 * exactly what Twilio sent, every parameter included, and nothing a servlet container added or dropped.
 */
record TwilioForm(List<Map.Entry<String, String>> parameters) {

    TwilioForm {
        parameters = List.copyOf(parameters);
    }

    /** Decodes an {@code application/x-www-form-urlencoded} body; malformed escapes are a {@link MalformedTwilioRequest}. */
    static TwilioForm parse(byte[] body) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        for (String pair : new String(body, UTF_8).split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.add(new SimpleImmutableEntry<>(decode(name), decode(value)));
            }
        }
        return new TwilioForm(parameters);
    }

    /** The first value of {@code name}, or null when Twilio did not send it. */
    @Nullable String first(String name) {
        return parameters.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    /** The parameters in the order Twilio signs them: by name, then (for repeated names) by value. */
    List<Map.Entry<String, String>> sortedByName() {
        return parameters.stream()
                .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .toList();
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedTwilioRequest("body", "is not valid application/x-www-form-urlencoded data");
        }
    }
}
