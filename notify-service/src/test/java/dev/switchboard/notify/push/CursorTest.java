package dev.switchboard.notify.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** The position a client holds: opaque, round-trips exactly, and anything not ours reads as unknown. */
class CursorTest {

    @Test
    void roundTripsEveryPartitionsOffset() {
        // Given: 200 seeded random cursors
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
        for (int round = 0; round < 200; round++) {
            Map<Integer, Long> offsets = new HashMap<>();
            int partitions = 1 + random.nextInt(12);
            for (int p = 0; p < partitions; p++) {
                offsets.put(p, random.nextLong(-1, Long.MAX_VALUE));
            }
            Cursor cursor = Cursor.of(offsets);
            // When
            String encoded = cursor.encode();
            // Then
            assertThat(encoded).matches("[A-Za-z0-9_-]+");
            assertThat(Cursor.decode(encoded)).contains(cursor);
        }
    }

    @Test
    void advancesOnlyItsPartitionAndNeverBackwards() {
        // Given
        Cursor cursor = Cursor.of(Map.of(0, 10L, 1, 5L));
        // When
        Cursor advanced = cursor.advancedTo(new Position(1, 8)).advancedTo(new Position(0, 4));
        // Then
        assertThat(advanced.lastOffsets()).containsExactly(Map.entry(0, 10L), Map.entry(1, 8L));
        assertThat(advanced.covers(new Position(1, 8))).isTrue();
        assertThat(advanced.covers(new Position(1, 9))).isFalse();
        assertThat(advanced.covers(new Position(2, 0))).isFalse();
    }

    @Test
    void readsAnythingElseAsUnknown() {
        // Given / When / Then
        assertThat(Cursor.decode(null)).isEmpty();
        assertThat(Cursor.decode("")).isEmpty();
        assertThat(Cursor.decode("not a cursor!")).isEmpty();
        assertThat(Cursor.decode(text("0:1,1"))).isEmpty();
        assertThat(Cursor.decode(text("0:1,0:2"))).isEmpty();
        assertThat(Cursor.decode(text("-1:4"))).isEmpty();
        assertThat(Cursor.decode(text("0:-2"))).isEmpty();
        assertThat(Cursor.decode(text("0:x"))).isEmpty();
        assertThat(Cursor.decode(text("0:4,1:-1"))).contains(Cursor.of(Map.of(0, 4L, 1, -1L)));
    }

    private static String text(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
