package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Golden JSON: each event's checked-in sample is exactly what the codec writes, and reads back equal. */
class EventRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<SwitchboardEvent> events() {
        return Stream.concat(EventFixtures.all().stream(), Stream.of(EventFixtures.emailReceived()));
    }

    @ParameterizedTest
    @MethodSource("events")
    void encodesToTheCheckedInSample(SwitchboardEvent event) throws IOException {
        // Given the sample for the event's type
        String sample = sample(event);

        // When the codec writes the event
        String written = new String(EventCodec.encode(event), StandardCharsets.UTF_8);

        // Then it is the same JSON document
        assertThat(JSON.readTree(written)).isEqualTo(JSON.readTree(sample));
    }

    @ParameterizedTest
    @MethodSource("events")
    void decodesTheSampleByItsCloudEventsType(SwitchboardEvent event) throws IOException {
        String type = EventTypes.typeOf(event.getClass());

        SwitchboardEvent read = EventCodec.decode(type, sample(event).getBytes(StandardCharsets.UTF_8));

        assertThat(read).isEqualTo(event);
    }

    private static String sample(SwitchboardEvent event) throws IOException {
        String name = "/samples/" + EventTypes.typeOf(event.getClass())
                + (event.equals(EventFixtures.emailReceived()) ? ".email" : "") + ".json";
        try (InputStream in = EventRoundTripTest.class.getResourceAsStream(name)) {
            assertThat(in).as("sample %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
