package dev.switchboard.ingest.meta;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.ingest.inbox.MetaAccount;
import dev.switchboard.ingest.meta.MetaWebhook.Ignored;
import dev.switchboard.ingest.meta.MetaWebhook.Kind;
import dev.switchboard.ingest.meta.MetaWebhook.Receipt;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a verified Meta body is read as: its addressees, its items by kind, and every way it can be unreadable. */
class MetaNotificationTest {

    private static final MetaAccount MESSENGER = Objects.requireNonNull(MetaSamples.messengerInbox().meta());
    private static final MetaAccount WHATSAPP = Objects.requireNonNull(MetaSamples.whatsappInbox().meta());

    @Test
    void notificationOfAnotherProductAssetOrNumberIsNotForTheInbox() {
        // Given genuine notifications for the Messenger and WhatsApp inboxes
        MetaNotification page = MetaSamples.parse("messenger-batch.json");
        MetaNotification whatsapp = MetaSamples.parse("whatsapp-text.json");

        // When / Then each is its own inbox's and no other's
        assertThat(page.misaddressed(Channel.MESSENGER, MESSENGER)).isEmpty();
        assertThat(whatsapp.misaddressed(Channel.WHATSAPP, WHATSAPP)).isEmpty();
        assertThat(whatsapp.misaddressed(Channel.MESSENGER, MESSENGER)).hasValueSatisfying(reason ->
                assertThat(reason).contains("'page'", "'whatsapp_business_account'"));
        assertThat(page.misaddressed(Channel.MESSENGER, new MetaAccount("100000000000999", null, "s", "t")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("entry id '100000000000001'"));
        assertThat(whatsapp.misaddressed(Channel.WHATSAPP, new MetaAccount(MetaSamples.WABA_ID, "999", "s", "t")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("phone_number_id '106540352242922'"));
        assertThat(whatsapp.misaddressed(Channel.WHATSAPP, new MetaAccount(MetaSamples.WABA_ID, null, "s", "t")))
                .as("a WhatsApp inbox without a phone number id takes no number's messages").isPresent();
    }

    @Test
    void oneForeignEntryMakesTheWholeBatchForeign() {
        // Given the Messenger batch with its last entry from another page
        String echoEntry = "\"id\": \"100000000000001\",\n      \"time\": 1772359561203";
        String batch = MetaSamples.text("messenger-batch.json");
        assertThat(batch).contains(echoEntry);
        String mixed = batch.replace(echoEntry, echoEntry.replace("100000000000001", "100000000000777"));

        // When / Then
        assertThat(parse(mixed).misaddressed(Channel.MESSENGER, MESSENGER)).hasValueSatisfying(reason ->
                assertThat(reason).contains("100000000000777"));
    }

    @Test
    void eventsWeDoNotHandleAreIgnoredByKind() {
        // Given one Messenger entry with every kind of item we drop
        String body = messenger("""
                {"sender":{"id":"1"},"recipient":{"id":"2"},"timestamp":1,
                 "reaction":{"mid":"m_1","action":"react","emoji":"x"}},
                {"sender":{"id":"1"},"recipient":{"id":"2"},"timestamp":1,
                 "postback":{"title":"Start","payload":"GET_STARTED"}},
                {"sender":{"id":"1"},"recipient":{"id":"2"},"timestamp":1,
                 "message_edit":{"mid":"m_2","text":"typo","num_edit":1}},
                {"sender":{"id":"1"},"recipient":{"id":"2"},"timestamp":1,"message":{"mid":"m_3","is_deleted":true}},
                {"sender":{"id":"1"},"recipient":{"id":"2"},"timestamp":1,
                 "message":{"mid":"m_4","is_unsupported":true}},
                {"sender":{"id":"1"},"recipient":{"id":"2"},"timestamp":1,
                 "message":{"mid":"m_5","attachments":[{"type":"template","payload":{}}]}},
                {"sender":{"id":"1"},"recipient":{"id":"2"},"timestamp":1,"optin":{"ref":"x"}}
                """);

        // When / Then
        assertThat(parse(body).webhooks()).extracting(webhook -> ((Ignored) webhook).kind()).containsExactly(
                Kind.REACTION, Kind.POSTBACK, Kind.EDIT, Kind.UNSUPPORTED, Kind.UNSUPPORTED, Kind.UNSUPPORTED,
                Kind.UNSUPPORTED);
    }

    @Test
    void standbyAndFeedChangesAreIgnored() {
        // Given an entry with a standby message (another app holds the thread) and a page feed change
        String body = """
                {"object":"page","entry":[{"id":"100000000000001","time":1,
                 "standby":[{"sender":{"id":"1"},"recipient":{"id":"2"},"message":{"mid":"m_1","text":"hi"}}],
                 "changes":[{"field":"feed","value":{"item":"comment"}}]}]}
                """;

        // When / Then
        assertThat(parse(body).webhooks()).containsExactly(new Ignored(Kind.STANDBY), new Ignored(Kind.UNSUPPORTED));
    }

    @Test
    void whatsappTypesWeDoNotHandleAndOtherFieldsAreIgnored() {
        // Given button, interactive, location and unknown messages, an unknown status and a template update
        String body = whatsapp("""
                "messages":[
                  {"from":"1","id":"wamid.1","timestamp":"1","type":"button","button":{"text":"Yes","payload":"Y"}},
                  {"from":"1","id":"wamid.2","timestamp":"1","type":"interactive",
                   "interactive":{"type":"button_reply"}},
                  {"from":"1","id":"wamid.3","timestamp":"1","type":"location","location":{"latitude":1,"longitude":2}},
                  {"from":"1","id":"wamid.4","timestamp":"1","type":"hologram"}],
                "statuses":[{"id":"wamid.5","status":"deleted","timestamp":"1","recipient_id":"1"}]
                """, "{\"field\":\"message_template_status_update\",\"value\":{\"event\":\"APPROVED\"}}");

        // When / Then
        assertThat(parse(body).webhooks()).extracting(webhook -> ((Ignored) webhook).kind()).containsExactly(
                Kind.POSTBACK, Kind.POSTBACK, Kind.UNSUPPORTED, Kind.UNSUPPORTED, Kind.UNSUPPORTED, Kind.UNSUPPORTED);
    }

    @Test
    void instagramSeenNamesTheMessageAndDeliveryWithoutMidsIsAWatermark() {
        // Given Instagram's messaging_seen (by mid) and a Messenger delivery from an old client (watermark only)
        String seen = """
                {"object":"instagram","entry":[{"id":"17841400000000001","time":1,"messaging":[
                 {"sender":{"id":"178"},"recipient":{"id":"17841400000000001"},"timestamp":1772359700000,
                  "read":{"mid":"aWdfZAG1faXRlbTox"}}]}]}
                """;
        String delivery = messenger("""
                {"sender":{"id":"7001"},"recipient":{"id":"100000000000001"},"delivery":{"watermark":1772359699512}}
                """);

        // When / Then
        assertThat(parse(seen).webhooks()).containsExactly(new Receipt("178", "aWdfZAG1faXRlbTox",
                DeliveryStatus.READ, null, null, Instant.ofEpochMilli(1772359700000L),
                Map.of("instagramAccountId", "17841400000000001")));
        assertThat(parse(delivery).webhooks()).containsExactly(new Receipt("7001", null, DeliveryStatus.DELIVERED,
                null, null, Instant.ofEpochMilli(1772359699512L), Map.of("pageId", "100000000000001")));
    }

    @Test
    void chatPluginGuestsAreIdentifiedByTheirUserRef() {
        // Given a message from the website chat plugin, whose sender has a user_ref and no PSID
        String body = messenger("""
                {"sender":{"user_ref":"guest-4f1c"},"recipient":{"id":"100000000000001"},"timestamp":1,
                 "message":{"mid":"m_1","text":"hello"}}
                """);

        // When / Then
        assertThat(parse(body).webhooks()).singleElement().isInstanceOfSatisfying(MetaWebhook.InboundMessage.class,
                message -> assertThat(message.handle()).isEqualTo("guest-4f1c"));
    }

    @Test
    void unreadableBodiesAreMalformedNamingWhat() {
        // Given / When / Then each unreadable body names its fault
        assertMalformed("{\"object\":\"page\",", "body", "not valid JSON");
        assertMalformed("[{\"object\":\"page\"}]", "body", "JSON object");
        assertMalformed("", "body", "JSON object");
        assertMalformed("{\"object\":\"page\",\"entry\":[]} trailing", "body", "not valid JSON");
        assertMalformed(messenger("{\"sender\":{\"id\":\"1\"},\"message\":{\"mid\":\"m_1\",\"text\":\"a\u0001b\"}}"),
                "body", "not valid JSON");
        assertMalformed("{\"entry\":[]}", "object", "is required");
        assertMalformed("{\"object\":\"page\"}", "entry", "is required");
        assertMalformed("{\"object\":\"page\",\"entry\":{}}", "entry", "must be an array");
        assertMalformed("{\"object\":\"page\",\"entry\":[{\"time\":1}]}", "entry[0].id", "is required");
    }

    @Test
    void messagesAndReceiptsWithoutTheirIdsAreMalformedNamingTheField() {
        // Given / When / Then
        assertMalformed(messenger("{\"sender\":{\"id\":\"1\"},\"message\":{\"text\":\"hi\"}}"),
                "entry[0].messaging[0].message.mid", "is required");
        assertMalformed(messenger("{\"recipient\":{\"id\":\"2\"},\"message\":{\"mid\":\"m_1\",\"text\":\"hi\"}}"),
                "entry[0].messaging[0].sender.id", "is required");
        assertMalformed(messenger("{\"sender\":{\"id\":\"1\"},\"delivery\":{\"mids\":[\"m_1\"]}}"),
                "entry[0].messaging[0].delivery.watermark", "is required");
        assertMalformed(messenger("{\"sender\":{\"id\":\"1\"},\"delivery\":{\"mids\":[7],\"watermark\":1}}"),
                "entry[0].messaging[0].delivery.mids[0]", "message id");
        assertMalformed(whatsapp("\"messages\":[{\"id\":\"wamid.1\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}]"),
                "entry[0].changes[0].value.messages[0].from", "is required");
        assertMalformed(whatsapp("\"statuses\":[{\"id\":\"wamid.1\",\"status\":\"read\"}]"),
                "entry[0].changes[0].value.statuses[0].recipient_id", "is required");
        assertMalformed(whatsapp("\"messages\":[{\"from\":\"1\",\"id\":\"wamid.1\",\"type\":\"image\",\"image\":{}}]"),
                "entry[0].changes[0].value.messages[0].image.id", "is required");
        assertMalformed(whatsapp("\"messages\":[]").replace("\"phone_number_id\":\"106540352242922\"", "\"x\":1"),
                "entry[0].changes[0].value.metadata.phone_number_id", "is required");
    }

    @Test
    void invalidUtf8IsMalformedEvenWhereAJsonParserWouldPassIt() {
        // Given a body with a stray 0xFF byte, and one with an overlong (two-byte) encoding of NUL
        byte[] stray = "{\"object\":\"page\",\"entry\":[]}".getBytes(UTF_8);
        stray[11] = (byte) 0xFF;
        byte[] overlong = "{\"object\":\"page\",\"entry\":[],\"x\":\"..\"}".getBytes(UTF_8);
        overlong[overlong.length - 4] = (byte) 0xC0;
        overlong[overlong.length - 3] = (byte) 0x80;

        // When / Then
        for (byte[] body : new byte[][] {stray, overlong}) {
            assertThatThrownBy(() -> MetaNotification.parse(body)).isInstanceOfSatisfying(MalformedMetaRequest.class,
                    e -> assertThat(e).hasMessageContaining("UTF-8"));
        }
    }

    static String messenger(String messagingItems) {
        return "{\"object\":\"page\",\"entry\":[{\"id\":\"100000000000001\",\"time\":1,\"messaging\":["
                + messagingItems + "]}]}";
    }

    /** A WhatsApp notification whose one {@code messages} change has {@code valueFields}, then any other changes. */
    static String whatsapp(String valueFields, String... otherChanges) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102000000000001\",\"changes\":["
                + "{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":"
                + "{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"106540352242922\"},"
                + valueFields + "}}" + Arrays.stream(otherChanges).map(change -> "," + change)
                .collect(Collectors.joining()) + "]}]}";
    }

    private static MetaNotification parse(String body) {
        return MetaNotification.parse(body.getBytes(UTF_8));
    }

    private static void assertMalformed(String body, String field, String problem) {
        assertThatThrownBy(() -> parse(body)).as(body).isInstanceOfSatisfying(MalformedMetaRequest.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e).hasMessageContaining(problem);
        });
    }
}
