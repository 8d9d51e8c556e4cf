package dev.switchboard.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Channel;
import dev.switchboard.events.Priority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The blocked line agrees with a plain sorted list on every operation, over a seeded random run long enough to split
 * and empty blocks many times (a queue of several thousand).
 */
class RankedLineTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void positionsAgreeWithASortedListThroughThousandsOfJoinsAndLeaves() {
        // Given an empty line and a sorted list as the reference
        SplittableRandom random = new SplittableRandom(42);
        RankedLine line = new RankedLine();
        List<Conversation> reference = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            // When conversations join (more often while short) and leave from anywhere
            if (reference.isEmpty() || random.nextInt(10) < (reference.size() < 4_000 ? 7 : 4)) {
                Conversation joining = conversation(step, random);
                int rank = line.insert(joining);
                reference.add(joining);
                reference.sort(Conversation.DRAIN_ORDER);
                // Then each joins at the position the sorted list gives it
                assertThat(rank).as("step %d", step).isEqualTo(reference.indexOf(joining));
            } else {
                Conversation leaving = reference.get(random.nextInt(reference.size()));
                assertThat(line.remove(leaving)).as("step %d", step).isEqualTo(reference.indexOf(leaving));
                reference.remove(leaving);
            }
            if (step % 997 == 0) {
                assertThat(line.toList()).isEqualTo(reference);
                int probe = reference.isEmpty() ? 0 : random.nextInt(reference.size());
                if (!reference.isEmpty()) {
                    assertThat(line.get(probe)).isEqualTo(reference.get(probe));
                    assertThat(line.rankOf(reference.get(probe))).isEqualTo(probe);
                    int[] ranks = {0, probe / 2, probe, reference.size() - 1, reference.size() + 5};
                    Arrays.sort(ranks);
                    assertThat(line.at(ranks, 0)).containsExactlyElementsOf(IntStream.of(ranks)
                            .filter(rank -> rank < reference.size()).mapToObj(reference::get).toList());
                }
            }
        }
        assertThat(line.size()).isEqualTo(reference.size()).isGreaterThan(1_500);
    }

    private static Conversation conversation(int n, SplittableRandom random) {
        return new Conversation("c" + n, Channel.WEBCHAT, Priority.values()[random.nextInt(4)], null, List.of(), null,
                null, T0.plusSeconds(random.nextInt(600)), n, null, 1000, 0, null, null);
    }
}
