package dev.switchboard.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The band edges found locally are exactly the positions whose band a join or a leave changes. */
class PositionBandsTest {

    @Test
    void theFirstSevenPositionsAreBandsOfTheirOwnThenBandsWidenByAQuarter() {
        // Given/When the bands of the first positions
        // Then 1..7 each stand alone, then 8-9, 10-11, 12-14, 15-17, 18-21
        assertThat(Arrays.stream(new int[] {1, 2, 7, 8, 9, 10, 11, 12, 14, 15, 17, 18, 21, 22})
                .map(PositionBands::of).toArray())
                .containsExactly(0, 1, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12);
    }

    @Test
    void edgesAreExactlyThePositionsThatChangeBand() {
        for (int rank = 0; rank < 3_000; rank++) {
            // Given one joins or leaves at 0-based rank, moving everyone behind by one
            int[] afterJoin = PositionBands.edgesAfterJoin(rank);
            int[] afterLeave = PositionBands.edgesAfterLeave(rank);
            for (int behind = rank + 1; behind < 5_000; behind++) {
                // When those behind (now at 0-based 'behind' after a join, 'behind - 1' after a leave) are checked
                boolean joinMoved = PositionBands.of(behind) != PositionBands.of(behind + 1);
                boolean leaveMoved = PositionBands.of(behind + 1) != PositionBands.of(behind);
                // Then an edge is listed exactly where the band changed
                assertThat(Arrays.binarySearch(afterJoin, behind) >= 0).as("join at %d, now %d", rank, behind)
                        .isEqualTo(joinMoved);
                assertThat(Arrays.binarySearch(afterLeave, behind - 1) >= 0).as("leave at %d, now %d", rank,
                        behind - 1).isEqualTo(leaveMoved);
            }
        }
    }
}
