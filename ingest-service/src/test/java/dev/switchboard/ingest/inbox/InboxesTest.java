package dev.switchboard.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.events.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class InboxesTest {

    private static final InboxProperties DEMO = new InboxProperties(List.of(
            new Inbox("demo-webchat", "demo", Channel.WEBCHAT, List.of()),
            new Inbox("demo-sms", "demo", Channel.SMS, List.of())));

    @Test
    void servesEveryChannelWhenNoneIsNamed() {
        // Given a deployment with no channel list
        Inboxes inboxes = new Inboxes(DEMO, new ServedChannels(null));

        // When / Then both inboxes are known
        assertThat(inboxes.find("demo-webchat", Channel.WEBCHAT)).isPresent();
        assertThat(inboxes.find("demo-sms", Channel.SMS)).isPresent();
    }

    @Test
    void aChannelGroupDeploymentKnowsOnlyItsOwnInboxes() {
        // Given the SMS/WhatsApp deployment of docker-compose.yml
        Inboxes inboxes = new Inboxes(DEMO, new ServedChannels(List.of("sms", " whatsapp")));

        // When / Then the web chat inbox is as unknown as a missing one
        assertThat(inboxes.find("demo-sms", Channel.SMS)).isPresent();
        assertThatThrownBy(() -> inboxes.require("demo-webchat", Channel.WEBCHAT))
                .isInstanceOf(ErrorResponseException.class);
    }
}
