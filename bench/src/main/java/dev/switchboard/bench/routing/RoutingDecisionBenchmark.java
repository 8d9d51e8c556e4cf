package dev.switchboard.bench.routing;

import static dev.switchboard.bench.routing.RoutingFixtures.NOW;

import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.Presence;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.WaitingReason;
import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.Floor;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How many routing inputs a second the plain-Java core decides on a busy workspace; issue 4 asks for a million
 * decisions a second with 1,000 agents and 10,000 queued. The floor is live, as the stream processor keeps it, so
 * each invocation applies a pair of inputs that leaves the floor as it found it (a conversation arrives, then leaves;
 * an agent logs in, then out), and JMH counts inputs: two per invocation. Changes are cleared, not stored: what
 * storing them costs is {@code WorkspaceStateBenchmark}'s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class RoutingDecisionBenchmark {

    @Param("1000")
    public int agents;

    @Param("10000")
    public int queued;

    private Floor busy;
    private Floor roomy;
    private List<ConversationWaiting> arrivals = List.of();
    private List<String> working = List.of();
    private List<String> offShift = List.of();
    private final SplittableRandom random = new SplittableRandom(23);

    @Setup(Level.Trial)
    public void floors() {
        busy = Floor.of(RoutingFixtures.busyFloor(agents, queued));
        roomy = Floor.of(RoutingFixtures.roomyFloor(agents));
        arrivals = InputFixtures.arrivals(1_024);
        working = RoutingFixtures.busyFloor(agents, 0).agents().values().stream()
                .filter(agent -> agent.presence() == Presence.ONLINE).map(Agent::agentId).toList();
        offShift = InputFixtures.logins(RoutingFixtures.busyFloor(agents, 0)).stream()
                .map(AgentPresenceChanged::agentId).toList();
    }

    /** A new conversation when nobody has room: it joins the queue and is told its position; then it is withdrawn. */
    @Benchmark
    @OperationsPerInvocation(2)
    public List<RoutingDecision> arrivalQueued(DecisionTally tally) {
        ConversationWaiting arriving = arrival(tally);
        tally.counted(busy.apply(arriving, NOW));
        return settled(busy, tally.counted(busy.apply(released(arriving.conversationId(), null), NOW)));
    }

    /** A new conversation when agents have room: least-loaded choice among the eligible; then it is resolved. */
    @Benchmark
    @OperationsPerInvocation(2)
    public List<RoutingDecision> arrivalAssigned(DecisionTally tally) {
        ConversationWaiting arriving = arrival(tally);
        String agentId = ((ConversationRouted) tally.counted(roomy.apply(arriving, NOW)).get(0)).agentId();
        return settled(roomy, tally.counted(roomy.apply(released(arriving.conversationId(), agentId), NOW)));
    }

    /**
     * An agent resolves a conversation: their room goes to the first waiting one they may take (an assignment, and
     * re-announced positions); then a new conversation joins the queue, so it stays as long.
     */
    @Benchmark
    @OperationsPerInvocation(2)
    public List<RoutingDecision> releaseDrains(DecisionTally tally) {
        Agent agent = busy.agent(working.get(random.nextInt(working.size()))).orElseThrow();
        tally.counted(busy.apply(released(agent.held().get(0).conversationId(), agent.agentId()), NOW));
        return settled(busy, tally.counted(busy.apply(arrival(tally), NOW)));
    }

    /**
     * An agent starts their shift: the queue drains into their whole capacity; then they end it, and what they took
     * goes back in line at its original place.
     */
    @Benchmark
    @OperationsPerInvocation(2)
    public List<RoutingDecision> agentOnline(DecisionTally tally) {
        String agentId = offShift.get(random.nextInt(offShift.size()));
        tally.counted(busy.apply(presence(agentId, Presence.ONLINE), NOW));
        return settled(busy, tally.counted(busy.apply(presence(agentId, Presence.OFFLINE), NOW)));
    }

    private static List<RoutingDecision> settled(Floor floor, List<RoutingDecision> made) {
        floor.changes().clear();
        return made;
    }

    private ConversationWaiting arrival(DecisionTally tally) {
        ConversationWaiting template = arrivals.get(random.nextInt(arrivals.size()));
        return new ConversationWaiting(id(), NOW, template.workspaceId(), "new-" + tally.serial(),
                template.inboxId(), template.channel(), template.priority(), template.team(),
                template.requiredSkills(), null, null, NOW, WaitingReason.NEW);
    }

    /** A random id without the secure random of {@code UUID.randomUUID()}, which would cost more than a decision. */
    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private ConversationReleased released(String conversationId, String agentId) {
        return new ConversationReleased(id(), NOW, RoutingFixtures.WORKSPACE, conversationId, agentId,
                ReleaseReason.RESOLVED);
    }

    private AgentPresenceChanged presence(String agentId, Presence presence) {
        return new AgentPresenceChanged(id(), NOW, RoutingFixtures.WORKSPACE, agentId, presence,
                RoutingFixtures.CAPACITY);
    }
}
