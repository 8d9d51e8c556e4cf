package dev.switchboard.routing.engine;

import dev.switchboard.events.Priority;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What waiting alone changes, where the workspace asks for it: a conversation rises one priority level for each
 * {@code priorityBumpAfter} it has waited, and stops requiring skills once it has waited
 * {@code skillRelaxationAfter}. Applied before every input and by the timer, like hand-backs, so the outcome does not
 * depend on which comes first; only conversations waiting longer than the shorter of the two are looked at.
 */
final class WaitingTimeRules {

    private static final Priority[] LEVELS = Priority.values();

    private WaitingTimeRules() {
    }

    static void due(RoutingRound round) {
        RoutingPolicy policy = round.floor.policy();
        if (!policy.hasWaitingRules()) {
            return;
        }
        Instant since = round.now.minus(shortest(policy.priorityBumpAfter(), policy.skillRelaxationAfter()));
        for (Conversation waiting : round.floor.queue().waitingSinceNoLaterThan(since)) {
            Conversation changed = relaxed(raised(waiting, policy.priorityBumpAfter(), round.now),
                    policy.skillRelaxationAfter(), round.now);
            if (changed != waiting) {
                round.floor.withdraw(waiting.conversationId());
                round.route(changed, null);
            }
        }
    }

    /** When a conversation waiting since the earliest of those in line would next change, if any rule is on. */
    static @Nullable Instant nextCheck(RoutingPolicy policy, @Nullable Instant longestWaitingSince) {
        if (!policy.hasWaitingRules() || longestWaitingSince == null) {
            return null;
        }
        return longestWaitingSince.plus(shortest(policy.priorityBumpAfter(), policy.skillRelaxationAfter()));
    }

    private static Conversation raised(Conversation waiting, @Nullable Duration every, Instant now) {
        if (every == null || waiting.priority() == Priority.URGENT) {
            return waiting;
        }
        int levels = (int) Math.min(LEVELS.length, Duration.between(waiting.waitingSince(), now).dividedBy(every));
        if (levels <= waiting.raised()) {
            return waiting;
        }
        int to = Math.min(LEVELS.length - 1, waiting.priority().ordinal() + levels - waiting.raised());
        return waiting.raisedTo(LEVELS[to], levels);
    }

    private static Conversation relaxed(Conversation waiting, @Nullable Duration after, Instant now) {
        if (after == null || waiting.requiredSkills().isEmpty()
                || waiting.waitingSince().plus(after).isAfter(now)) {
            return waiting;
        }
        return waiting.relaxed();
    }

    private static Duration shortest(@Nullable Duration left, @Nullable Duration right) {
        if (left == null) {
            return right;
        }
        return right == null || left.compareTo(right) <= 0 ? left : right;
    }
}
