package dev.switchboard.bench.routing;

import dev.switchboard.events.RoutingDecision;
import java.util.List;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the decisions the applied inputs produced, so JMH reports decisions per second beside inputs per second
 * (a release that drains the queue answers with an assignment and re-announced positions), and numbers the
 * conversations each thread makes up.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class DecisionTally {

    /** Decisions emitted in this iteration; a public field, as JMH reads it as a counter. */
    public long decisions;

    private long serial;

    @Setup(Level.Iteration)
    public void reset() {
        decisions = 0;
    }

    /** A number no earlier call of this thread answered, for a fresh conversation id. */
    long serial() {
        return serial++;
    }

    List<RoutingDecision> counted(List<RoutingDecision> made) {
        decisions += made.size();
        return made;
    }
}
