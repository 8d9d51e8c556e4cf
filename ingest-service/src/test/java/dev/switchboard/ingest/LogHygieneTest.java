package dev.switchboard.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.BadInputTable;
import dev.switchboard.embedded.HostileTokens;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Logs at INFO never carry a secret, a message body or a customer's address: a web chat message and a relayed email,
 * each with a marker body from a marker sender, go through ingest while its output is captured, and neither the
 * markers nor any of the local profile's secrets (visitor tokens, relay, Twilio, Meta) is in it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest implements EmbeddedBroker {

    private static final List<String> SECRETS = List.of("local-only-visitor-token-secret-change-me-0123456789",
            "local-only-email-relay-secret-demo", "local-only-twilio-auth-token-demo-sms",
            "local-only-meta-app-secret-demo", "local-only-meta-verify-token-demo");

    @LocalServerPort
    int port;

    @Test
    void messagesLeaveNoSecretBodyOrAddressInTheLogs(CapturedOutput output) {
        // Given marker bodies and senders for a web chat visitor and an email customer
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String visitorName = "Visitor Marker" + marker;
        String address = "customer-" + marker + "@example.com";
        String chatBody = "chat-body-" + marker;
        String mailBody = "mail-body-" + marker;
        String token = new HostileTokens(SECRETS.get(0), "switchboard-webchat",
                Map.of("sub", "visitor-" + marker, "ws", "demo", "inbox", "demo-webchat")).genuine();

        // When the visitor writes and the relay posts the customer's email
        BadInputTable.Answer chat = BadInputTable.send("POST", url("/webchat/demo-webchat/messages"),
                ("{\"visitorId\":\"visitor-" + marker + "\",\"text\":\"" + chatBody + "\"}").getBytes(UTF_8),
                "Content-Type", "application/json", "Authorization", "Bearer " + token);
        BadInputTable.Answer mail = BadInputTable.send("POST", url("/webhooks/email/demo-email"), ("From: "
                + visitorName + " <" + address + ">\r\nTo: support@demo.example\r\nSubject: Help " + marker
                + "\r\nMessage-ID: <" + marker + "@example.com>\r\nContent-Type: text/plain\r\n\r\n" + mailBody
                + "\r\n").getBytes(UTF_8), "Content-Type", "message/rfc822", "Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("demo-email:" + SECRETS.get(1)).getBytes(UTF_8)));

        // Then both were accepted, and the output holds no marker, token or secret
        assertThat(chat.status()).as(chat.body()).isEqualTo(202);
        assertThat(mail.status()).as(mail.body()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain(chatBody, mailBody, address, visitorName, token)
                .doesNotContain(SECRETS);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
