package dev.switchboard.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.BadInputTable;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.InboundEvent;
import dev.switchboard.ingest.Mutations;
import dev.switchboard.ingest.inbox.Inbox;
import java.time.Instant;
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
    private static final List<String> SAMPLES = List.of("messenger-batch.json", "messenger-receipts.json",
            "instagram-dm.json", "whatsapp-text.json", "whatsapp-image.json", "whatsapp-document.json",
            "whatsapp-status-failed.json");

    @Test
    void mutatedSamplesAreMalformedOrBecomeEncodableEvents() {
        // Given the samples, and a seeded generator of the shared mutations
        RandomGenerator random = new SplittableRandom(SEED);
        int malformed = 0;
        int read = 0;
        BadInputTable figures = new BadInputTable("fuzz-meta-json");

        for (int run = 0; run < RUNS; run++) {
            String sample = SAMPLES.get(random.nextInt(SAMPLES.size()));
            byte[] body = Mutations.mutate(MetaSamples.bytes(sample), random);

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
        figures.fuzzed(malformed, read);
        figures.writeFigures();

        // and both outcomes were exercised, so the loop tested something
        assertThat(malformed).as("malformed").isGreaterThan(RUNS / 20);
        assertThat(read).as("read").isGreaterThan(RUNS / 20);
    }

    private static Inbox inboxFor(String sample) {
        return sample.startsWith("whatsapp") ? MetaSamples.whatsappInbox()
                : sample.startsWith("instagram") ? MetaSamples.instagramInbox() : MetaSamples.messengerInbox();
    }
}
