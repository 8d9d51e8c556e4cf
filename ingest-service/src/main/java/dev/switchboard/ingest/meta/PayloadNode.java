package dev.switchboard.ingest.meta;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A node of a Meta notification and where it sits (e.g. {@code entry[0].messaging[1].sender}), so that every refusal
 * names the exact field, and so that absent, null and oddly typed fields are read one way everywhere.
 */
record PayloadNode(JsonNode node, String path) {

    PayloadNode child(String name) {
        return new PayloadNode(node.path(name), path.isEmpty() ? name : path + "." + name);
    }

    boolean has(String name) {
        JsonNode value = node.path(name);
        return !value.isMissingNode() && !value.isNull();
    }

    /** The elements of the array {@code name}: none when absent, a {@link MalformedMetaRequest} when not an array. */
    List<PayloadNode> elements(String name) {
        PayloadNode array = child(name);
        if (!has(name)) {
            return List.of();
        }
        if (!array.node.isArray()) {
            throw new MalformedMetaRequest(array.path, "must be an array");
        }
        List<PayloadNode> elements = new ArrayList<>(array.node.size());
        for (int i = 0; i < array.node.size(); i++) {
            elements.add(new PayloadNode(array.node.get(i), array.path + "[" + i + "]"));
        }
        return elements;
    }

    /** A string (or number, as Meta writes some ids and codes) field; null when absent or of another type. */
    @Nullable String text(String name) {
        JsonNode value = node.path(name);
        return value.isString() || value.isIntegralNumber() ? value.asString() : null;
    }

    /** A non-blank string field, or a {@link MalformedMetaRequest} naming it. */
    String requiredText(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw new MalformedMetaRequest(child(name).path, "is required");
        }
        return value;
    }

    boolean flag(String name) {
        JsonNode value = node.path(name);
        return value.isBoolean() && value.booleanValue();
    }

    /** Messenger's and Instagram's times: milliseconds since the epoch; null when absent or unreadable. */
    @Nullable Instant epochMillis(String name) {
        return instant(name, Instant::ofEpochMilli);
    }

    /** WhatsApp's times: seconds since the epoch, as a string; null when absent or unreadable. */
    @Nullable Instant epochSeconds(String name) {
        return instant(name, Instant::ofEpochSecond);
    }

    private @Nullable Instant instant(String name, LongFunction<Instant> fromEpoch) {
        JsonNode value = node.path(name);
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return fromEpoch.apply(value.longValue());
            }
            if (value.isString()) {
                return fromEpoch.apply(Long.parseLong(value.asString().trim()));
            }
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
        return null;
    }
}
