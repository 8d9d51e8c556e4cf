package dev.switchboard.ingest.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.switchboard.embedded.BadInputTable;
import dev.switchboard.ingest.Mutations;
import dev.switchboard.ingest.email.RelayedEmail.CustomerEmail;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Whatever bytes a relay posts, reading them either yields an email or a {@link MalformedEmail} (a 400), never any
 * other exception (a 500); seeded, bounded mutations of the real-shaped samples stand in for hostile mail.
 */
class MimeEmailRobustnessTest {

    private static final long SEED = 822L;
    private static final List<String> SAMPLES = List.of("gmail-reply-with-pdf.eml", "html-only.eml",
            "outlook-reply.eml", "latin1-quoted-printable.eml", "iphone-nested-base64.eml", "out-of-office.eml",
            "delivery-status.eml", "broken-multipart.eml");

    @Test
    void mutatedMailIsReadOrRefusedAsMalformedNeverAnythingElse() {
        // Given the samples, each mutated many times by the shared mutations: truncated, bytes flipped, characters
        // inserted, slices repeated, lines dropped, nesting added
        RandomGenerator random = new SplittableRandom(SEED);
        int read = 0;
        int runs = 1_500;
        for (int run = 0; run < runs; run++) {
            byte[] mutated = Mutations.mutate(
                    EmailSamples.sample(SAMPLES.get(random.nextInt(SAMPLES.size()))), random);

            // When it is read
            RelayedEmail[] email = new RelayedEmail[1];
            Throwable failure = catchThrowable(() -> email[0] = MimeEmail.read(mutated));

            // Then it is an email with a sender and a bounded text, or a MalformedEmail with a reason
            if (failure == null) {
                read++;
                if (email[0] instanceof CustomerEmail customer) {
                    assertThat(customer.fromAddress()).contains("@").doesNotContainPattern("\\p{Cntrl}");
                    assertThat(customer.body().text()).hasSizeLessThanOrEqualTo(EmailText.MAX_LENGTH);
                }
            } else {
                assertThat(failure).as("run %d", run).isInstanceOf(MalformedEmail.class);
                assertThat(failure.getMessage()).isNotBlank();
            }
        }
        BadInputTable figures = new BadInputTable("fuzz-mime");
        figures.fuzzed(runs - read, read);
        figures.writeFigures();
        assertThat(read).as("most mutations still read as mail").isGreaterThan(500);
    }
}
