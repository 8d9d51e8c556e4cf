package dev.switchboard.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Attachment;
import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.MessageDelivered;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Messenger, Instagram and WhatsApp Cloud API replies through Meta's Graph API, with WireMock playing Meta. */
class MetaDeliveryTest extends NotifyIntegrationTest {

    static final String SEND_API = "/meta/v25.0/me/messages";
    static final String CLOUD_API = "/meta/v25.0/106540352242922/messages";

    @Test
    void sendsAMessengerReplyThroughTheSendApiWithThePageToken() {
        // Given
        String psid = "psid-" + UUID.randomUUID();
        PROVIDERS.stubFor(post(urlPathEqualTo(SEND_API)).withRequestBody(matchingJsonPath("$.recipient.id",
                equalTo(psid))).willReturn(okJson("{\"recipient_id\":\"" + psid + "\",\"message_id\":\"m_AG5Hz2U\"}")));
        AgentReplied reply = ReplyFixtures.reply("demo-messenger", Channel.MESSENGER, psid);

        // When
        KafkaTestClient.publish(reply);

        // Then
        assertThat(KafkaTestClient.finalOutcomeOf(reply.messageId())).isInstanceOfSatisfying(MessageDelivered.class,
                delivered -> assertThat(delivered.providerMessageId()).isEqualTo("m_AG5Hz2U"));
        PROVIDERS.verify(exactly(1), postRequestedFor(urlPathEqualTo(SEND_API))
                .withQueryParam("access_token", equalTo("local-only-meta-page-token-demo-messenger"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"recipient\":{\"id\":\"" + psid + "\"},\"messaging_type\":"
                        + "\"RESPONSE\",\"message\":{\"text\":\"" + ReplyFixtures.TEXT + "\"}}")));
    }

    @Test
    void sendsAnInstagramReplysTextThenEachFileInOrderAndRecordsTheFirstId() {
        // Given
        String igsid = "igsid-" + UUID.randomUUID();
        PROVIDERS.stubFor(post(urlPathEqualTo(SEND_API)).withRequestBody(matchingJsonPath("$.recipient.id",
                equalTo(igsid))).willReturn(okJson("{\"recipient_id\":\"" + igsid + "\",\"message_id\":\"m_ig\"}")));
        AgentReplied reply = ReplyFixtures.reply(ReplyFixtures.WORKSPACE, "demo-instagram", Channel.INSTAGRAM, igsid,
                "Here is the guide", List.of(new Attachment("https://files.example/modem.jpg", "image/jpeg",
                        "modem.jpg")), null);

        // When
        KafkaTestClient.publish(reply);

        // Then
        assertThat(KafkaTestClient.finalOutcomeOf(reply.messageId())).isInstanceOfSatisfying(MessageDelivered.class,
                delivered -> assertThat(delivered.providerMessageId()).isEqualTo("m_ig"));
        List<LoggedRequest> sent = PROVIDERS.findAll(postRequestedFor(urlPathEqualTo(SEND_API))
                .withQueryParam("access_token", equalTo("local-only-meta-page-token-demo-instagram")));
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).getBodyAsString()).contains("\"text\":\"Here is the guide\"");
        assertThat(equalToJson("{\"recipient\":{\"id\":\"" + igsid + "\"},\"messaging_type\":\"RESPONSE\","
                + "\"message\":{\"attachment\":{\"type\":\"image\",\"payload\":{\"url\":"
                + "\"https://files.example/modem.jpg\",\"is_reusable\":false}}}}").match(sent.get(1).getBodyAsString())
                .isExactMatch()).isTrue();
    }

    @Test
    void sendsAWhatsappCloudReplyWithTheBearerTokenAndReadsTheWamid() {
        // Given
        String waId = "1555" + (1_000_000 + (int) (UUID.randomUUID().getLeastSignificantBits() & 0xFFFFF));
        PROVIDERS.stubFor(post(urlPathEqualTo(CLOUD_API)).withRequestBody(matchingJsonPath("$.to", equalTo(waId)))
                .willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + waId
                        + "\",\"wa_id\":\"" + waId + "\"}],\"messages\":[{\"id\":\"wamid.HBgL\"}]}")));
        AgentReplied reply = ReplyFixtures.reply(ReplyFixtures.WORKSPACE, "demo-whatsapp-cloud", Channel.WHATSAPP,
                waId, "Hola", List.of(new Attachment("https://files.example/guide.pdf", "application/pdf",
                        "guide.pdf")), null);

        // When
        KafkaTestClient.publish(reply);

        // Then
        assertThat(KafkaTestClient.finalOutcomeOf(reply.messageId())).isInstanceOfSatisfying(MessageDelivered.class,
                delivered -> assertThat(delivered.providerMessageId()).isEqualTo("wamid.HBgL"));
        List<LoggedRequest> sent = PROVIDERS.findAll(postRequestedFor(urlPathEqualTo(CLOUD_API))
                .withHeader("Authorization", equalTo("Bearer local-only-whatsapp-cloud-token-demo")));
        assertThat(sent).hasSize(2);
        assertThat(equalToJson("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\""
                + waId + "\",\"type\":\"text\",\"text\":{\"body\":\"Hola\"}}").match(sent.get(0).getBodyAsString())
                .isExactMatch()).isTrue();
        assertThat(equalToJson("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\""
                + waId + "\",\"type\":\"document\",\"document\":{\"link\":\"https://files.example/guide.pdf\","
                + "\"filename\":\"guide.pdf\"}}").match(sent.get(1).getBodyAsString()).isExactMatch()).isTrue();
    }

    @Test
    void parksAReplyMetaRefusesWithTheGraphErrorItGave() {
        // Given the person is out of the 24-hour window
        String psid = "psid-" + UUID.randomUUID();
        PROVIDERS.stubFor(post(urlPathEqualTo(SEND_API)).withRequestBody(matchingJsonPath("$.recipient.id",
                equalTo(psid))).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"(#10) This message is sent outside of allowed window.\","
                        + "\"type\":\"OAuthException\",\"code\":10,\"error_subcode\":2018278,"
                        + "\"fbtrace_id\":\"AbC\"}}")));
        AgentReplied reply = ReplyFixtures.reply("demo-messenger", Channel.MESSENGER, psid);

        // When
        KafkaTestClient.publish(reply);

        // Then
        assertThat(KafkaTestClient.finalOutcomeOf(reply.messageId())).isInstanceOfSatisfying(DeliveryFailed.class,
                failed -> {
                    assertThat(failed.permanent()).isTrue();
                    assertThat(failed.attempts()).isEqualTo(1);
                    assertThat(failed.reason()).isEqualTo("meta error 10 (status 400): OAuthException: (#10) This "
                            + "message is sent outside of allowed window. (subcode 2018278)");
                });
    }
}
