package dev.switchboard.notify.delivery.inbox;

import dev.switchboard.events.Channel;
import dev.switchboard.notify.delivery.email.SmtpMailbox;
import dev.switchboard.notify.delivery.meta.MetaPage;
import dev.switchboard.notify.delivery.meta.WhatsappCloudNumber;
import dev.switchboard.notify.delivery.twilio.TwilioAccount;
import org.jspecify.annotations.Nullable;

/**
 * One inbox as notify sees it: the same id, workspace and channel as in ingest-service, and the one provider account
 * its replies go out through. A web chat inbox needs no account (replies go to the visitor's socket).
 *
 * @param twilio for an SMS or WhatsApp inbox sending through Twilio
 * @param meta for a Messenger or Instagram inbox (Meta's Send API)
 * @param whatsappCloud for a WhatsApp inbox sending through Meta's WhatsApp Cloud API
 * @param email for an email inbox (an SMTP relay)
 */
public record Inbox(String id, String workspaceId, Channel channel, @Nullable TwilioAccount twilio,
        @Nullable MetaPage meta, @Nullable WhatsappCloudNumber whatsappCloud, @Nullable SmtpMailbox email) {

    public Inbox {
        int accounts = count(twilio) + count(meta) + count(whatsappCloud) + count(email);
        if (accounts != (channel == Channel.WEBCHAT ? 0 : 1) || !carries(channel, twilio, meta, whatsappCloud)) {
            throw new IllegalArgumentException("inbox " + id + " (" + channel + ") needs exactly one provider block "
                    + "that carries its channel: twilio (SMS, WHATSAPP), whatsapp-cloud (WHATSAPP), meta (MESSENGER, "
                    + "INSTAGRAM) or email (EMAIL); web chat needs none");
        }
    }

    private static boolean carries(Channel channel, @Nullable Object twilio, @Nullable Object meta,
            @Nullable Object whatsappCloud) {
        return switch (channel) {
            case WEBCHAT, EMAIL -> twilio == null && meta == null && whatsappCloud == null;
            case SMS -> twilio != null;
            case WHATSAPP -> twilio != null || whatsappCloud != null;
            case MESSENGER, INSTAGRAM -> meta != null;
        };
    }

    private static int count(@Nullable Object account) {
        return account == null ? 0 : 1;
    }
}
