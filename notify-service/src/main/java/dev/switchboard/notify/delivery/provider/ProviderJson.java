package dev.switchboard.notify.delivery.provider;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads providers' JSON leniently (an error page is not JSON) and writes request bodies. */
public final class ProviderJson {

    private static final JsonMapper JSON = JsonMapper.shared();

    private ProviderJson() {
    }

    /** The body as JSON, or a missing node when it is not JSON at all. */
    public static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    /** A scalar's text ({@code 21211} for a number), or {@code null} for a missing, null or container node. */
    public static @Nullable String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString() : null;
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static String write(JsonNode node) {
        return JSON.writeValueAsString(node);
    }
}
