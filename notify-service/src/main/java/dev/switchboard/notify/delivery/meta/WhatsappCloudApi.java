package dev.switchboard.notify.delivery.meta;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Attachment;
import dev.switchboard.notify.delivery.provider.ProviderCall;
import dev.switchboard.notify.delivery.provider.ProviderClient;
import dev.switchboard.notify.delivery.provider.ProviderHttp;
import dev.switchboard.notify.delivery.provider.ProviderJson;
import java.net.URI;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WhatsApp Cloud API ({@code POST /{version}/{phone-number-id}/messages}) with the access token as a Bearer
 * header, as Meta documents it: the text as a {@code text} message, then each file by link as an {@code image},
 * {@code video}, {@code audio} or {@code document} message.
 */
public final class WhatsappCloudApi implements ProviderClient {

    public static final String PROVIDER = "whatsapp-cloud";

    private final WhatsappCloudNumber number;
    private final ProviderHttp http;

    public WhatsappCloudApi(WhatsappCloudNumber number, ProviderHttp http) {
        this.number = number;
        this.http = http;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public List<ProviderCall> callsFor(AgentReplied reply) {
        return GraphMessages.oneThingPerMessage(reply, text -> {
            ObjectNode message = message(reply, "text");
            message.putObject("text").put("body", text);
            return () -> send(message);
        }, file -> {
            ObjectNode message = media(reply, file);
            return () -> send(message);
        });
    }

    private static ObjectNode media(AgentReplied reply, Attachment file) {
        String type = MediaKind.of(file).whatsappType();
        ObjectNode message = message(reply, type);
        ObjectNode link = message.putObject(type).put("link", file.url());
        if (MediaKind.of(file) == MediaKind.FILE && file.fileName() != null) {
            link.put("filename", file.fileName());
        }
        return message;
    }

    private static ObjectNode message(AgentReplied reply, String type) {
        return ProviderJson.object().put("messaging_product", "whatsapp").put("recipient_type", "individual")
                .put("to", reply.recipient()).put("type", type);
    }

    private String send(ObjectNode body) {
        URI uri = ProviderHttp.endpoint(number.baseUrl(),
                "/" + number.version() + "/" + number.phoneNumberId() + "/messages");
        return GraphAnswers.messageId(PROVIDER, http.post(PROVIDER, uri, "application/json",
                ProviderJson.write(body), Map.of("Authorization", "Bearer " + number.accessToken())), "/messages/0/id");
    }
}
