package dev.switchboard.ingest.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.switchboard.ingest.email.RelayedEmail.CustomerEmail;
import java.util.Arrays;
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
        // Given the samples, each mutated many times: truncated, bytes flipped, lines dropped or repeated
        RandomGenerator random = new SplittableRandom(SEED);
        int read = 0;
        for (int run = 0; run < 1_500; run++) {
            byte[] mutated = mutate(EmailSamples.sample(SAMPLES.get(random.nextInt(SAMPLES.size()))), random);

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
        assertThat(read).as("most mutations still read as mail").isGreaterThan(500);
    }

    private static byte[] mutate(byte[] sample, RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> Arrays.copyOf(sample, random.nextInt(sample.length + 1));
            case 1 -> flipBytes(sample, random);
            case 2 -> dropLine(sample, random);
            default -> repeatTail(sample, random);
        };
    }

    private static byte[] flipBytes(byte[] sample, RandomGenerator random) {
        byte[] mutated = sample.clone();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
        }
        return mutated;
    }

    private static byte[] dropLine(byte[] sample, RandomGenerator random) {
        String text = new String(sample, java.nio.charset.StandardCharsets.ISO_8859_1);
        List<String> lines = new java.util.ArrayList<>(Arrays.asList(text.split("\n", -1)));
        lines.remove(random.nextInt(lines.size()));
        return EmailSamples.bytes(String.join("\n", lines));
    }

    private static byte[] repeatTail(byte[] sample, RandomGenerator random) {
        int from = random.nextInt(sample.length);
        byte[] mutated = Arrays.copyOf(sample, sample.length + (sample.length - from));
        System.arraycopy(sample, from, mutated, sample.length, sample.length - from);
        return mutated;
    }
}
