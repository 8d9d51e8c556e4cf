package dev.switchboard.notify.delivery.twilio;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Attachment;
import dev.switchboard.events.Channel;
import dev.switchboard.notify.delivery.provider.ProviderCall;
import dev.switchboard.notify.delivery.provider.ProviderClient;
import dev.switchboard.notify.delivery.provider.ProviderHttp;
import dev.switchboard.notify.delivery.provider.ProviderResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Twilio's Messages API ({@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}): one form POST per reply, media
 * by URL (one {@code MediaUrl} each), HTTP Basic with the account SID and auth token, and a {@code StatusCallback} to
 * our ingest webhook so Twilio's delivery receipts come back as {@code DeliveryStatusReported}.
 */
public final class TwilioMessages implements ProviderClient {

    public static final String PROVIDER = "twilio";
    private static final String WHATSAPP = "whatsapp:";

    private final TwilioAccount account;
    private final ProviderHttp http;
    private final boolean whatsapp;
    private final @Nullable URI statusCallback;

    /** @param ingestPublicBaseUrl where Twilio reaches ingest-service, or {@code null} for no status callback */
    public TwilioMessages(String inboxId, Channel channel, TwilioAccount account, ProviderHttp http,
            @Nullable URI ingestPublicBaseUrl) {
        this.account = account;
        this.http = http;
        this.whatsapp = channel == Channel.WHATSAPP;
        this.statusCallback = ingestPublicBaseUrl == null ? null
                : ProviderHttp.endpoint(ingestPublicBaseUrl, "/webhooks/twilio/" + inboxId);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    /** Who the sender rate limit meters. */
    public String sender() {
        return account.sender();
    }

    @Override
    public List<ProviderCall> callsFor(AgentReplied reply) {
        return List.of(() -> send(reply));
    }

    private String send(AgentReplied reply) {
        URI messages = ProviderHttp.endpoint(account.baseUrl(),
                "/2010-04-01/Accounts/" + account.accountSid() + "/Messages.json");
        ProviderResponse response = http.post(PROVIDER, messages, "application/x-www-form-urlencoded", form(reply),
                Map.of("Authorization", basicAuthorization()));
        return TwilioAnswers.messageSid(response);
    }

    String form(AgentReplied reply) {
        StringJoiner form = new StringJoiner("&");
        add(form, "To", address(reply.recipient()));
        if (account.from() != null && !account.from().isBlank()) {
            add(form, "From", address(account.from()));
        } else {
            add(form, "MessagingServiceSid", String.valueOf(account.messagingServiceSid()));
        }
        if (!reply.text().isBlank()) {
            add(form, "Body", reply.text());
        }
        for (Attachment attachment : reply.attachments()) {
            add(form, "MediaUrl", attachment.url());
        }
        if (statusCallback != null) {
            add(form, "StatusCallback", statusCallback.toString());
        }
        return form.toString();
    }

    /** WhatsApp addresses carry Twilio's channel prefix; SMS numbers are plain E.164. */
    private String address(String handle) {
        return whatsapp && !handle.startsWith(WHATSAPP) ? WHATSAPP + handle : handle;
    }

    private String basicAuthorization() {
        String credentials = account.accountSid() + ":" + account.authToken();
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static void add(StringJoiner form, String name, String value) {
        form.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
