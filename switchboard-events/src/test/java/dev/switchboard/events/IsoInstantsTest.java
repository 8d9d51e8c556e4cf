package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events read their instants through a fast path for the shape producers write; this checks that it reads exactly
 * what Jackson's own ISO-8601 reader reads, and refuses what it refuses, over seeded random instants written with
 * every number of fraction digits, and over the shapes the fast path hands on (offsets, leap seconds, numbers,
 * invalid dates and times).
 */
class IsoInstantsTest {

    private static final JsonMapper JACKSON_ALONE = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    @Test
    void readsEveryInstantAsJacksonDoes() {
        // Given random instants from 1900 to 2200, written with 0 to 9 fraction digits
        SplittableRandom random = new SplittableRandom(42);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-2_208_988_800L, 7_258_118_400L),
                    random.nextInt(1_000_000_000));
            int digits = random.nextInt(10);
            String pattern = "uuuu-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits)) + "'Z'";
            written.add(DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(instant));
        }
        written.add(Instant.now().toString());

        // When each is read in an event, Then it reads as Jackson alone reads it
        written.forEach(IsoInstantsTest::readsAsJacksonAlone);
    }

    @Test
    void handsEveryOtherShapeToJackson() {
        // Given instants in shapes the fast path does not read, valid and not
        List<String> shapes = List.of("2026-11-23T10:00:00+01:00", "2026-11-23T10:00:00.5-05:30", "2016-12-31T23:59:60Z",
                "2024-02-29T12:00:00Z", "2026-02-29T12:00:00Z", "2026-13-01T00:00:00Z", "2026-11-23T24:00:00Z",
                "2026-11-23T10:60:00Z", "2026-11-23T10:00:00.1234567890Z", "2026-11-23T10:00Z", "2026-11-23 10:00:00Z",
                "2026-11-23T10:00:00z", "2026-11-23T10:00:00.Z", "+12026-11-23T10:00:00Z", "2026-1a-23T10:00:00Z",
                "１２３４-11-23T10:00:00Z", "", "now");

        // When each is read in an event, Then the answer is Jackson's: the same instant or a refusal
        shapes.forEach(IsoInstantsTest::readsAsJacksonAlone);
    }

    @Test
    void readsNumbersAsJacksonDoes() {
        // Given instants written as epoch seconds, whole and with nanoseconds
        for (String number : List.of("1795428000", "1795428000.123456789", "0")) {
            String json = event("\"waitingSince\":" + number);

            // When read, Then as Jackson alone reads them
            assertThat(decoded(json)).isEqualTo(jacksonAlone(json));
        }
    }

    private static void readsAsJacksonAlone(String instant) {
        String json = event("\"waitingSince\":\"" + instant + "\"");
        assertThat(decoded(json)).as(instant).isEqualTo(jacksonAlone(json));
    }

    private static String decoded(String json) {
        try {
            return EventCodec.decode(json.getBytes(StandardCharsets.UTF_8), ConversationWaiting.class).waitingSince()
                    .toString();
        } catch (RuntimeException refused) {
            return "refused: " + refused.getClass().getSimpleName();
        }
    }

    private static String jacksonAlone(String json) {
        try {
            return JACKSON_ALONE.readValue(json, ConversationWaiting.class).waitingSince().toString();
        } catch (RuntimeException refused) {
            return "refused: " + refused.getClass().getSimpleName();
        }
    }

    private static String event(String waitingSince) {
        return "{\"eventId\":\"" + UUID.nameUUIDFromBytes(waitingSince.getBytes(StandardCharsets.UTF_8))
                + "\",\"occurredAt\":\"2026-11-23T10:00:00Z\",\"workspaceId\":\"demo\",\"conversationId\":\"c1\","
                + "\"inboxId\":\"demo-webchat\",\"channel\":\"WEBCHAT\",\"priority\":\"NORMAL\",\"requiredSkills\":[],"
                + waitingSince + ",\"reason\":\"NEW\"}";
    }
}
