package dev.switchboard.bench.routing;

import static dev.switchboard.bench.routing.RoutingFixtures.NOW;

import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.routing.engine.RoutingOutcome;
import dev.switchboard.routing.engine.RoutingRules;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How many routing inputs a second the plain-Java core decides on a busy workspace; issue 4 asks for a million with
 * 1,000 agents and 10,000 queued. Each invocation applies one input to the same state, as the stream processor does
 * to the state it reads from its store, so every measurement starts from the same floor and nothing drifts.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class RoutingDecisionBenchmark {

    @Param("1000")
    public int agents;

    @Param("10000")
    public int queued;

    private WorkspaceRouting busy = WorkspaceRouting.empty(RoutingFixtures.WORKSPACE);
    private WorkspaceRouting roomy = busy;
    private List<ConversationWaiting> arrivals = List.of();
    private List<ConversationReleased> releases = List.of();
    private List<AgentPresenceChanged> logins = List.of();

    @Setup
    public void floors() {
        busy = RoutingFixtures.busyFloor(agents, queued);
        roomy = RoutingFixtures.roomyFloor(agents);
        arrivals = InputFixtures.arrivals(1_024);
        releases = InputFixtures.releases(busy);
        logins = InputFixtures.logins(busy);
    }

    /** A new conversation when nobody has room: it joins the queue and is told its position. */
    @Benchmark
    public RoutingOutcome arrivalQueued(DecisionTally tally) {
        return tally.counted(RoutingRules.apply(busy, tally.next(arrivals), NOW));
    }

    /** A new conversation when agents have room: least-loaded choice among the eligible, assigned at once. */
    @Benchmark
    public RoutingOutcome arrivalAssigned(DecisionTally tally) {
        return tally.counted(RoutingRules.apply(roomy, tally.next(arrivals), NOW));
    }

    /** An agent resolves a conversation: their room goes to the first waiting one they may take. */
    @Benchmark
    public RoutingOutcome releaseDrains(DecisionTally tally) {
        return tally.counted(RoutingRules.apply(busy, tally.next(releases), NOW));
    }

    /** An agent starts their shift: the queue drains into their whole capacity. */
    @Benchmark
    public RoutingOutcome agentOnline(DecisionTally tally) {
        return tally.counted(RoutingRules.apply(busy, tally.next(logins), NOW));
    }
}
