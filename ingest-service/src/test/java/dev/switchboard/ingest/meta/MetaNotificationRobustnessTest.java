package dev.switchboard.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.InboundEvent;
import dev.switchboard.ingest.inbox.Inbox;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Whatever bytes a signed body holds, reading it either fails as a {@link MalformedMetaRequest} (a 400) or yields
 * events that encode for Kafka: never another exception, which would be a 500 and make Meta retry forever.
 */
class MetaNotificationRobustnessTest {

    private static final long SEED = 20260301L;
    private static final int RUNS = 4000;
    private static final byte[] NASTY = {0, 1, 0x1f, 0x7f, (byte) 0x80, (byte) 0xc0, (byte) 0xed, (byte) 0xff,
            '"', '\\', '{', '}', '[', ']', ',', ':', '-', '9', 'e', 'u'};
    private static final List<String> SAMPLES = List.of("messenger-batch.json", "messenger-receipts.json",
            "instagram-dm.json", "whatsapp-text.json", "whatsapp-image.json", "whatsapp-document.json",
            "whatsapp-status-failed.json");

    @Test
    void mutatedSamplesAreMalformedOrBecomeEncodableEvents() {
        // Given the samples, and a seeded generator of byte mutations and truncations
        RandomGenerator random = new SplittableRandom(SEED);
        int malformed = 0;
        int read = 0;

        for (int run = 0; run < RUNS; run++) {
            String sample = SAMPLES.get(random.nextInt(SAMPLES.size()));
            byte[] body = mutate(MetaSamples.bytes(sample), random);

            // When it is read and normalised for its inbox
            try {
                List<InboundEvent> events = MetaMessages.toEvents(inboxFor(sample),
                        MetaNotification.parse(body).webhooks(), Instant.EPOCH);

                // Then every event encodes as Kafka will carry it
                events.forEach(event -> {
                    assertThat(EventCodec.encode(event)).isNotEmpty();
                    assertThat(CloudEventHeaders.of(event, "/switchboard/ingest-service")).isNotEmpty();
                });
                read++;
            } catch (MalformedMetaRequest e) {
                malformed++;
            }
        }

        // and both outcomes were exercised, so the loop tested something
        assertThat(malformed).as("malformed").isGreaterThan(RUNS / 20);
        assertThat(read).as("read").isGreaterThan(RUNS / 20);
    }

    private static byte[] mutate(byte[] sample, RandomGenerator random) {
        byte[] body = random.nextInt(10) == 0 ? Arrays.copyOf(sample, random.nextInt(sample.length)) : sample.clone();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes && body.length > 0; i++) {
            body[random.nextInt(body.length)] = random.nextBoolean()
                    ? NASTY[random.nextInt(NASTY.length)] : (byte) random.nextInt(256);
        }
        return body;
    }

    private static Inbox inboxFor(String sample) {
        return sample.startsWith("whatsapp") ? MetaSamples.whatsappInbox()
                : sample.startsWith("instagram") ? MetaSamples.instagramInbox() : MetaSamples.messengerInbox();
    }
}
