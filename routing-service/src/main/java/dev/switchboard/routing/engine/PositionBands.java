package dev.switchboard.routing.engine;

import java.util.Arrays;

/**
 * When a waiting conversation's position has moved materially: when it leaves the band of the position last announced.
 * Each of the first seven positions is a band of its own; after them each band is a quarter as wide as where it
 * starts (8-9, 10-11, 12-14, 15-17, 18-21, ...). Bands make the check local: one conversation joining or leaving the line moves everyone behind
 * it by one, and of those only the ones now at a band's edge can have changed band, so only they are looked at.
 */
final class PositionBands {

    /** The first position (1 first) of each band, ascending, up to past any queue's length. */
    private static final int[] STARTS = starts();

    private PositionBands() {
    }

    /** The band of a 1-based position. */
    static int of(int position) {
        int at = Arrays.binarySearch(STARTS, position);
        return at >= 0 ? at : -at - 2;
    }

    static boolean moved(int announced, int position) {
        return of(announced) != of(position);
    }

    /**
     * The 0-based ranks, ascending, at which a conversation may have changed band after one joined the line at
     * {@code rank} (everyone behind moved back by one): those now at a band's first position.
     */
    static int[] edgesAfterJoin(int rank) {
        return edges(rank + 1, 1);
    }

    /** The same after one left the line from {@code rank}: those now just before a band's first position. */
    static int[] edgesAfterLeave(int rank) {
        return edges(rank, 2);
    }

    /** Ranks {@code start - back} (0-based) of every band start past {@code firstRank + back}, so each is >= firstRank. */
    private static int[] edges(int firstRank, int back) {
        int from = Arrays.binarySearch(STARTS, firstRank + back);
        from = from >= 0 ? from : -from - 1;
        int[] ranks = new int[STARTS.length - from];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = STARTS[from + i] - back;
        }
        return ranks;
    }

    private static int[] starts() {
        int[] starts = new int[128];
        int count = 0;
        long start = 1;
        while (start <= Integer.MAX_VALUE && count < starts.length) {
            starts[count++] = (int) start;
            start += Math.max(1, start / 4);
        }
        return Arrays.copyOf(starts, count);
    }
}
