package dev.switchboard.notify.delivery.meta;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Attachment;
import dev.switchboard.notify.delivery.provider.ProviderCall;
import dev.switchboard.notify.delivery.provider.ProviderClient;
import dev.switchboard.notify.delivery.provider.ProviderHttp;
import dev.switchboard.notify.delivery.provider.ProviderJson;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Meta's Send API ({@code POST /{version}/me/messages}), for Messenger and Instagram alike: the recipient's page- or
 * Instagram-scoped id, {@code messaging_type: RESPONSE} (a reply inside the 24-hour window), and the page access token
 * as the {@code access_token} query parameter, as the Send API reference documents it. The API takes text or one
 * attachment per message, so a reply with files is sent as its text, then one message per file, in that order.
 */
public final class MetaSendApi implements ProviderClient {

    public static final String PROVIDER = "meta";

    private final MetaPage page;
    private final ProviderHttp http;

    public MetaSendApi(MetaPage page, ProviderHttp http) {
        this.page = page;
        this.http = http;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public List<ProviderCall> callsFor(AgentReplied reply) {
        return GraphMessages.oneThingPerMessage(reply,
                text -> () -> send(reply.recipient(), ProviderJson.object().put("text", text)),
                file -> () -> send(reply.recipient(), attachment(file)));
    }

    private static ObjectNode attachment(Attachment file) {
        ObjectNode message = ProviderJson.object();
        message.putObject("attachment").put("type", MediaKind.of(file).metaType())
                .putObject("payload").put("url", file.url()).put("is_reusable", false);
        return message;
    }

    private String send(String recipient, ObjectNode message) {
        ObjectNode body = ProviderJson.object();
        body.putObject("recipient").put("id", recipient);
        body.put("messaging_type", "RESPONSE");
        body.set("message", message);
        URI uri = ProviderHttp.endpoint(page.baseUrl(), "/" + page.version() + "/me/messages?access_token="
                + URLEncoder.encode(page.pageAccessToken(), StandardCharsets.UTF_8));
        return GraphAnswers.messageId(PROVIDER, http.post(PROVIDER, uri, "application/json",
                ProviderJson.write(body), Map.of()), "/message_id");
    }
}
