package dev.switchboard.conversation.presence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Presence;
import dev.switchboard.events.PresenceReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The presence rules on their own: connections move an agent's status only as far as their choice allows. */
class PresenceStateTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:58:00Z");
    private static final Duration VALID = Duration.ofSeconds(90);

    private final PresenceState online = new PresenceState(Presence.OFFLINE, Presence.OFFLINE,
            PresenceReason.CHOSEN, List.of()).choosing(Presence.ONLINE);

    @Test
    void theLastConnectionClosingDisconnectsAndOneComingBackRestoresTheChoice() {
        // Given: online, with a tab on instance A and one on B
        PresenceState connected = online.reported(report("a", 1, 1), at(1)).reported(report("b", 1, 2), at(2));
        // When: A's closes, then B's, then one opens on A again
        PresenceState oneLeft = connected.reported(report("a", 0, 3), at(3));
        PresenceState none = oneLeft.reported(report("b", 0, 4), at(4));
        PresenceState back = none.reported(report("a", 1, 5), at(5));
        // Then
        assertThat(oneLeft.status()).isEqualTo(Presence.ONLINE);
        assertThat(oneLeft.connections(at(3))).isEqualTo(1);
        assertThat(none.status()).isEqualTo(Presence.OFFLINE);
        assertThat(none.reason()).isEqualTo(PresenceReason.DISCONNECTED);
        assertThat(none.chosen()).isEqualTo(Presence.ONLINE);
        assertThat(none.differsFor(oneLeft)).isTrue();
        assertThat(back.status()).isEqualTo(Presence.ONLINE);
        assertThat(back.reason()).isEqualTo(PresenceReason.CHOSEN);
    }

    @Test
    void awayComesBackAway() {
        // Given
        PresenceState away = online.choosing(Presence.AWAY).reported(report("a", 1, 1), at(1));
        // When
        PresenceState back = away.reported(report("a", 0, 2), at(2)).reported(report("a", 2, 3), at(3));
        // Then
        assertThat(back.status()).isEqualTo(Presence.AWAY);
        assertThat(back.connections(at(3))).isEqualTo(2);
    }

    @Test
    void anAgentWhoChoseOfflineIsNeverBroughtOnlineByConnecting() {
        // Given
        PresenceState offline = online.choosing(Presence.OFFLINE);
        // When
        PresenceState connected = offline.reported(report("a", 1, 1), at(1));
        PresenceState closed = connected.reported(report("a", 0, 2), at(2));
        // Then
        assertThat(connected.status()).isEqualTo(Presence.OFFLINE);
        assertThat(connected.reason()).isEqualTo(PresenceReason.CHOSEN);
        assertThat(closed.differsFor(connected)).isFalse();
    }

    @Test
    void anAgentWhoNeverConnectedIsNotDisconnected() {
        // Given: online by the API alone; an instance reports none open (a tab that opened and closed at once)
        PresenceState reported = online.reported(report("a", 0, 1), at(1));
        // When / Then
        assertThat(reported.status()).isEqualTo(Presence.ONLINE);
        assertThat(reported.differsFor(online)).isFalse();
    }

    @Test
    void aReportOlderThanTheLastOfItsInstanceChangesNothing() {
        // Given: A said 0 after saying 1
        PresenceState none = online.reported(report("a", 1, 1), at(1)).reported(report("a", 0, 3), at(3));
        // When: the older report arrives again (a redelivery)
        PresenceState again = none.reported(report("a", 1, 1), at(4));
        // Then
        assertThat(again).isEqualTo(none);
        assertThat(none.reported(report("a", 1, 3), at(4))).as("the same time is not newer").isEqualTo(none);
    }

    @Test
    void aReportNotRenewedInTimeLapsesAndDisconnects() {
        // Given: A's report, valid for 90 s
        PresenceState connected = online.reported(report("a", 1, 0), at(0));
        // When: nothing is heard from A for longer
        PresenceState early = connected.lapsed(at(89));
        PresenceState late = connected.lapsed(at(90));
        // Then
        assertThat(connected.lapsesAt()).contains(at(90));
        assertThat(early).isEqualTo(connected);
        assertThat(late.status()).isEqualTo(Presence.OFFLINE);
        assertThat(late.reason()).isEqualTo(PresenceReason.DISCONNECTED);
        assertThat(late.lapsesAt()).isEmpty();
        assertThat(late.reports()).isEmpty();
    }

    @Test
    void choosingWhileDisconnectedIsTakenAsChosen() {
        // Given
        PresenceState disconnected = online.reported(report("a", 1, 1), at(1)).reported(report("a", 0, 2), at(2));
        // When
        PresenceState away = disconnected.choosing(Presence.AWAY);
        // Then
        assertThat(away.status()).isEqualTo(Presence.AWAY);
        assertThat(away.reason()).isEqualTo(PresenceReason.CHOSEN);
    }

    /**
     * 200 seeded runs of 60 random steps (choices, reports of three instances delivered late, twice or out of order,
     * lapses): the status always follows from the choice and the newest report of each instance.
     */
    @Test
    void theStatusAlwaysFollowsTheChoiceAndTheNewestReports() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            PresenceState state = online;
            Map<String, InstanceReport> newest = new HashMap<>();
            List<InstanceReport> sent = new ArrayList<>();
            int second = 0;
            for (int step = 0; step < 60; step++) {
                second += random.nextInt(20);
                Instant now = at(second);
                int kind = random.nextInt(10);
                if (kind == 0) {
                    state = state.choosing(Presence.values()[random.nextInt(3)]);
                } else if (kind < 8 || sent.isEmpty()) {
                    InstanceReport report = report("i" + random.nextInt(3), random.nextInt(3), second);
                    sent.add(report);
                    newest.merge(report.instanceId(), report,
                            (a, b) -> b.reportedAt().isAfter(a.reportedAt()) ? b : a);
                    state = state.reported(report, now);
                } else if (kind == 8) {
                    state = state.reported(sent.get(random.nextInt(sent.size())), now);
                } else {
                    state = state.lapsed(now);
                }
                int live = newest.values().stream().filter(report -> report.liveAt(now))
                        .mapToInt(InstanceReport::open).sum();
                assertThat(state.connections(now)).as("seed %d step %d", seed, step).isEqualTo(live);
                if (state.reason() == PresenceReason.DISCONNECTED) {
                    assertThat(state.status()).isEqualTo(Presence.OFFLINE);
                    assertThat(state.chosen()).isNotEqualTo(Presence.OFFLINE);
                    assertThat(live).as("seed %d step %d", seed, step).isZero();
                } else {
                    assertThat(state.status()).as("seed %d step %d", seed, step).isEqualTo(state.chosen());
                }
            }
        }
    }

    private static InstanceReport report(String instance, int open, int second) {
        return new InstanceReport(instance, open, at(second).plus(VALID), at(second));
    }

    private static Instant at(int second) {
        return T0.plusSeconds(second);
    }
}
