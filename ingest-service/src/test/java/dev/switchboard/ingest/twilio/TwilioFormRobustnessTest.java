package dev.switchboard.ingest.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.switchboard.embedded.BadInputTable;
import dev.switchboard.events.Channel;
import dev.switchboard.events.EventCodec;
import dev.switchboard.ingest.Mutations;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.inbox.TwilioNumber;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Whatever bytes a correctly signed Twilio post holds, reading the form and normalising it either yields an event
 * that encodes for Kafka or fails as a {@link MalformedTwilioRequest} (a 400): never another exception, a 500.
 */
class TwilioFormRobustnessTest {

    private static final long SEED = 20261123L;
    private static final int RUNS = 2_000;
    private static final List<String> SAMPLES = List.of("sms-two-media.form", "status-callback.form",
            "whatsapp-profile-name.form");
    private static final Inbox INBOX = new Inbox("demo-sms", "demo", Channel.SMS, null,
            new TwilioNumber("+15005550006", "token"));

    @Test
    void mutatedFormsAreMalformedOrBecomeEncodableEvents() {
        // Given the samples, and a seeded generator of the shared mutations
        RandomGenerator random = new SplittableRandom(SEED);
        BadInputTable figures = new BadInputTable("fuzz-twilio-form");
        int malformed = 0;

        for (int run = 0; run < RUNS; run++) {
            byte[] body = Mutations.mutate(TwilioWebhookTest.sample(SAMPLES.get(random.nextInt(SAMPLES.size()))),
                    random);

            // When it is read and normalised as the webhook does
            Throwable failure = catchThrowable(() -> normalise(body));

            // Then it either encodes or is malformed with a reason
            if (failure != null) {
                assertThat(failure).as("run %d", run).isInstanceOf(MalformedTwilioRequest.class);
                malformed++;
            }
            figures.fuzzed(failure != null);
        }
        figures.writeFigures();
        assertThat(malformed).as("malformed").isBetween(RUNS / 50, RUNS - RUNS / 50);
    }

    private static void normalise(byte[] body) {
        TwilioWebhook webhook = TwilioWebhook.from(TwilioForm.parse(body));
        if (webhook instanceof TwilioWebhook.InboundMessage message) {
            assertThat(EventCodec.encode(TwilioMessages.toEvent(INBOX, message, Instant.EPOCH))).isNotEmpty();
        } else if (webhook instanceof TwilioWebhook.StatusCallback callback) {
            TwilioMessages.toReceipt(INBOX, callback, Instant.EPOCH)
                    .ifPresent(receipt -> assertThat(EventCodec.encode(receipt)).isNotEmpty());
        }
    }
}
