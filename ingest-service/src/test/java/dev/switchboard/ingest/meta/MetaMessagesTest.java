package dev.switchboard.ingest.meta;

import static dev.switchboard.ingest.meta.MetaSamples.IGSID;
import static dev.switchboard.ingest.meta.MetaSamples.IG_MID;
import static dev.switchboard.ingest.meta.MetaSamples.MID_DELIVERED;
import static dev.switchboard.ingest.meta.MetaSamples.MID_ECHO;
import static dev.switchboard.ingest.meta.MetaSamples.MID_IMAGE;
import static dev.switchboard.ingest.meta.MetaSamples.MID_TEXT;
import static dev.switchboard.ingest.meta.MetaSamples.PAGE_ID;
import static dev.switchboard.ingest.meta.MetaSamples.PSID_1;
import static dev.switchboard.ingest.meta.MetaSamples.PSID_2;
import static dev.switchboard.ingest.meta.MetaSamples.WAMID_FAILED;
import static dev.switchboard.ingest.meta.MetaSamples.WAMID_IMAGE;
import static dev.switchboard.ingest.meta.MetaSamples.WAMID_TEXT;
import static dev.switchboard.ingest.meta.MetaSamples.WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.events.Attachment;
import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.DeliveryStatusReported;
import dev.switchboard.events.InboundEvent;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.publishing.ProviderMessageIds;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Normalises the real-shaped Meta payloads in {@code src/test/resources/meta/} the way the webhook does. */
class MetaMessagesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:05:00Z");
    private static final String CDN_IMAGE = "https://scontent.xx.fbcdn.net/v/t1.15752-9/481234567_1234567890123456_"
            + "1234567890123456789_n.jpg?_nc_cat=1&ccb=1-7&_nc_sid=fc17b8&oh=03_Q7cD1QE&oe=67F1A2B3";
    private static final Map<String, String> WHATSAPP_METADATA = Map.of("businessAccountId", MetaSamples.WABA_ID,
            "phoneNumberId", MetaSamples.PHONE_NUMBER_ID);

    @Test
    void messengerBatchBecomesEveryMessageInOrderAndTheEchoIsIgnored() {
        // Given Meta's batch of three entries: a text, a photo from another customer, the echo of our reply
        MetaNotification notification = MetaSamples.parse("messenger-batch.json");

        // When it is normalised for the Messenger inbox
        List<InboundEvent> events = events(MetaSamples.messengerInbox(), notification);

        // Then both customers' messages are events, in Meta's order, each on its own thread; the echo is dropped
        assertThat(notification.webhooks()).last().isEqualTo(new MetaWebhook.Ignored(MetaWebhook.Kind.ECHO));
        assertThat(events).hasSize(2);
        MessageReceived text = (MessageReceived) events.get(0);
        assertThat(text).isEqualTo(new MessageReceived(text.eventId(), NOW, "demo", "demo-messenger",
                Channel.MESSENGER, ProviderMessageIds.of("demo-messenger", MID_TEXT), MID_TEXT,
                "demo:demo-messenger:" + PSID_1, new Sender(PSID_1, null), "Help! My internet cut out", List.of(),
                null, Instant.ofEpochMilli(1772359080147L), Map.of("pageId", PAGE_ID)));
        MessageReceived photo = (MessageReceived) events.get(1);
        assertThat(photo.threadKey()).isEqualTo("demo:demo-messenger:" + PSID_2);
        assertThat(photo.providerMessageId()).isEqualTo(MID_IMAGE);
        assertThat(photo.text()).isEmpty();
        assertThat(photo.attachments()).containsExactly(new Attachment(CDN_IMAGE, "image/*", null));
    }

    @Test
    void instagramDmDecodesMetasEscapesAndKeepsTheAttachment() {
        // Given an Instagram DM with escaped non-ASCII text, an emoji and a photo
        MetaNotification notification = MetaSamples.parse("instagram-dm.json");

        // When it is normalised for the Instagram inbox
        MessageReceived event = (MessageReceived) events(MetaSamples.instagramInbox(), notification).get(0);

        // Then it is an Instagram message from the IGSID, on the IGSID's thread
        assertThat(event.channel()).isEqualTo(Channel.INSTAGRAM);
        assertThat(event.threadKey()).isEqualTo("demo:demo-instagram:" + IGSID);
        assertThat(event.sender()).isEqualTo(new Sender(IGSID, null));
        assertThat(event.providerMessageId()).isEqualTo(IG_MID);
        assertThat(event.text()).isEqualTo("Is my order #4411 shipped? ¿Cuándo llega? 📦");
        assertThat(event.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.url()).startsWith("https://lookaside.fbsbx.com/ig_messaging_cdn/");
            assertThat(attachment.contentType()).isEqualTo("image/*");
        });
        assertThat(event.providerMetadata()).containsExactly(Map.entry("instagramAccountId", "17841400000000001"));
        assertThat(event.providerTimestamp()).isEqualTo(Instant.ofEpochMilli(1772366401955L));
    }

    @Test
    void whatsappTextIsFromTheWaIdNamedByTheContactsProfile() {
        // Given a WhatsApp Cloud API text message
        MetaNotification notification = MetaSamples.parse("whatsapp-text.json");

        // When it is normalised for the WhatsApp Cloud inbox
        MessageReceived event = (MessageReceived) events(MetaSamples.whatsappInbox(), notification).get(0);

        // Then the sender is the wa_id with the profile name, the time is WhatsApp's seconds, the type is kept
        assertThat(event).isEqualTo(new MessageReceived(event.eventId(), NOW, "demo", "demo-whatsapp-cloud",
                Channel.WHATSAPP, ProviderMessageIds.of("demo-whatsapp-cloud", WAMID_TEXT), WAMID_TEXT,
                "demo:demo-whatsapp-cloud:" + WA_ID, new Sender(WA_ID, "Sheena Nelson"),
                "Hola, ¿sigue abierto mi caso? 🙏", List.of(), null, Instant.ofEpochSecond(1772359080L),
                with(WHATSAPP_METADATA, "type", "text")));
    }

    @Test
    void whatsappImageIsAGraphMediaReferenceWithItsCaptionAsText() {
        // Given a WhatsApp image with a caption, which carries a media id, never a URL or bytes
        MessageReceived event = (MessageReceived) events(MetaSamples.whatsappInbox(),
                MetaSamples.parse("whatsapp-image.json")).get(0);

        // When / Then
        assertThat(event.providerMessageId()).isEqualTo(WAMID_IMAGE);
        assertThat(event.text()).isEqualTo("The modem, lights all red");
        assertThat(event.attachments()).containsExactly(
                new Attachment("https://graph.facebook.com/1013859600285441", "image/jpeg", null));
        assertThat(event.providerMetadata()).containsEntry("type", "image");
    }

    @Test
    void whatsappDocumentKeepsItsFileNameWhileReactionAndUnsupportedAreIgnored() {
        // Given a document, a reaction and an unsupported message in one change
        MetaNotification notification = MetaSamples.parse("whatsapp-document.json");

        // When it is normalised
        List<InboundEvent> events = events(MetaSamples.whatsappInbox(), notification);

        // Then only the document is a message, named as the customer named it
        assertThat(events).singleElement().isInstanceOfSatisfying(MessageReceived.class, document ->
                assertThat(document.attachments()).containsExactly(new Attachment(
                        "https://graph.facebook.com/1003383421387256", "application/pdf", "invoice-2026-02.pdf")));
        assertThat(notification.webhooks().subList(1, 3)).containsExactly(
                new MetaWebhook.Ignored(MetaWebhook.Kind.REACTION),
                new MetaWebhook.Ignored(MetaWebhook.Kind.UNSUPPORTED));
    }

    @Test
    void messengerDeliveryIsOneReceiptPerMidAndReadIsAWatermark() {
        // Given a delivery receipt for two of our messages and a read receipt, in one batch
        MetaNotification notification = MetaSamples.parse("messenger-receipts.json");

        // When it is normalised
        List<InboundEvent> events = events(MetaSamples.messengerInbox(), notification);

        // Then there are three receipts on the customer's thread, the read one covering everything to the watermark
        Instant watermark = Instant.ofEpochMilli(1772359699512L);
        assertThat(events).allSatisfy(event -> assertThat(event).isInstanceOf(DeliveryStatusReported.class))
                .map(DeliveryStatusReported.class::cast)
                .extracting(DeliveryStatusReported::providerMessageId, DeliveryStatusReported::status,
                        DeliveryStatusReported::providerTimestamp, DeliveryStatusReported::threadKey)
                .containsExactly(
                        tuple(MID_ECHO, DeliveryStatus.DELIVERED, watermark,
                                "demo:demo-messenger:" + PSID_1),
                        tuple(MID_DELIVERED, DeliveryStatus.DELIVERED, watermark,
                                "demo:demo-messenger:" + PSID_1),
                        tuple(null, DeliveryStatus.READ, watermark,
                                "demo:demo-messenger:" + PSID_1));
    }

    @Test
    void whatsappFailedStatusIsAFailureReceiptWithMetasCodeAndTitle() {
        // Given WhatsApp's failed status for one of our messages (the 24-hour window had closed)
        MetaNotification notification = MetaSamples.parse("whatsapp-status-failed.json");

        // When it is normalised
        DeliveryStatusReported receipt = (DeliveryStatusReported) events(MetaSamples.whatsappInbox(), notification)
                .get(0);

        // Then it is a failure receipt for our wamid, on the recipient's thread, with Meta's code and title
        assertThat(receipt).isEqualTo(new DeliveryStatusReported(receipt.eventId(), NOW, "demo",
                "demo-whatsapp-cloud", Channel.WHATSAPP, "demo:demo-whatsapp-cloud:" + WA_ID, WAMID_FAILED,
                DeliveryStatus.FAILED, "131047", "Re-engagement message", Instant.ofEpochSecond(1772446120L),
                WHATSAPP_METADATA));
    }

    @Test
    void errorsAreDroppedFromReceiptsThatAreNotFailures() {
        // Given a receipt that is not a failure but carries an error code anyway
        MetaWebhook.Receipt delivered = new MetaWebhook.Receipt(WA_ID, WAMID_FAILED, DeliveryStatus.DELIVERED,
                "131047", "Re-engagement message", null, Map.of());

        // When / Then
        DeliveryStatusReported receipt = MetaMessages.toReceipt(MetaSamples.whatsappInbox(), delivered, NOW);
        assertThat(receipt.errorCode()).isNull();
        assertThat(receipt.errorMessage()).isNull();
    }

    @Test
    void metasRetryOfAMessageIsTheSameMessageButNotInAnotherInbox() {
        // Given / When / Then
        assertThat(ProviderMessageIds.of("demo-messenger", MID_TEXT))
                .isEqualTo(ProviderMessageIds.of("demo-messenger", MID_TEXT))
                .isNotEqualTo(ProviderMessageIds.of("demo-instagram", MID_TEXT))
                .isNotEqualTo(ProviderMessageIds.of("demo-messenger", MID_IMAGE));
    }

    private static List<InboundEvent> events(Inbox inbox, MetaNotification notification) {
        assertThat(notification.misaddressed(inbox.channel(), Objects.requireNonNull(inbox.meta()))).isEmpty();
        return MetaMessages.toEvents(inbox, notification.webhooks(), NOW);
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
