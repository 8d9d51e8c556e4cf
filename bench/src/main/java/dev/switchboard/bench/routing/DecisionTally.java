package dev.switchboard.bench.routing;

import dev.switchboard.routing.engine.RoutingOutcome;
import java.util.List;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the decisions the applied inputs produced, so JMH reports decisions per second beside inputs per second
 * (a release that drains the queue answers with an assignment and re-announced positions), and walks each thread
 * through the prepared inputs.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class DecisionTally {

    /** Decisions emitted in this iteration; a public field, as JMH reads it as a counter. */
    public long decisions;

    private int cursor;

    @Setup(Level.Iteration)
    public void reset() {
        decisions = 0;
    }

    <T> T next(List<T> inputs) {
        cursor = (cursor + 1) % inputs.size();
        return inputs.get(cursor);
    }

    RoutingOutcome counted(RoutingOutcome outcome) {
        decisions += outcome.decisions().size();
        return outcome;
    }
}
