package dev.switchboard.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.DeliveryStatusReported;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void controlCharactersAreDroppedAndLineBreaksTabsAndEmojiKept() {
        // Given text with NUL, bell, an ANSI escape, a C1 control, line breaks, a tab and an emoji
        String typed = "\u0000Hi\u0007 there\u001b[2J\u0085\r\nline\ttwo \uD83D\uDE00";

        // When it is cleaned
        String clean = MessageText.clean(typed);

        // Then only the controls are gone
        assertThat(clean).isEqualTo("Hi there[2J\r\nline\ttwo \uD83D\uDE00");
    }

    @Test
    void unpairedSurrogatesFromInvalidUtf8BecomeTheReplacementCharacter() {
        assertThat(MessageText.clean("a\uD83Db\uDE00c")).isEqualTo("a\uFFFDb\uFFFDc");
    }

    @Test
    void aMessagesTextAndNameAreCleanedAndAReceiptIsLeftAsItIs() {
        // Given a message and a receipt
        MessageReceived message = new MessageReceived(UUID.randomUUID(), Instant.EPOCH, "demo", "demo-sms",
                Channel.SMS, "m", "SM1", "demo:demo-sms:+1", new Sender("+1", "Ana\u0000"), "hi\u0007", List.of(),
                null, null, Map.of());
        DeliveryStatusReported receipt = new DeliveryStatusReported(UUID.randomUUID(), Instant.EPOCH, "demo",
                "demo-sms", Channel.SMS, "demo:demo-sms:+1", "SM2", DeliveryStatus.READ, null, null, null, Map.of());

        // When each is cleaned
        MessageReceived cleaned = (MessageReceived) MessageText.cleaned(message);

        // Then the message's typed parts are clean and everything else is unchanged
        assertThat(cleaned.text()).isEqualTo("hi");
        assertThat(cleaned.sender().displayName()).isEqualTo("Ana");
        assertThat(cleaned.messageId()).isEqualTo(message.messageId());
        assertThat(MessageText.cleaned(receipt)).isSameAs(receipt);
    }
}
