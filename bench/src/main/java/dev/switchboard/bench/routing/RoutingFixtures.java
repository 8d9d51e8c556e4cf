package dev.switchboard.bench.routing;

import dev.switchboard.events.Channel;
import dev.switchboard.events.Presence;
import dev.switchboard.events.Priority;
import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.Conversation;
import dev.switchboard.routing.engine.RoutingPolicy;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A contact-centre floor at the benchmark's size, built from the engine's public records so that setup takes
 * milliseconds rather than replaying thousands of inputs: nine agents in ten online and at capacity, the tenth off
 * shift, and a long queue of mixed priority, channel, team and skill, as routing would leave it (nobody who could
 * take a waiting conversation has room; every waiting one has been told its position).
 */
public final class RoutingFixtures {

    public static final String WORKSPACE = "acme";
    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final int CAPACITY = 6;
    static final List<String> TEAMS = List.of("billing", "support", "sales", "returns");
    private static final Channel[] CHAT_LIKE = {Channel.WEBCHAT, Channel.SMS, Channel.WHATSAPP, Channel.MESSENGER,
            Channel.INSTAGRAM};

    private RoutingFixtures() {
    }

    /** Every tenth agent offline holding nothing, the others online holding {@value #CAPACITY} chats; a full queue. */
    public static WorkspaceRouting busyFloor(int agents, int queued) {
        RandomGenerator random = new SplittableRandom(7);
        TreeMap<String, Agent> seats = new TreeMap<>();
        for (int n = 0; n < agents; n++) {
            boolean offSince = n % 10 == 9;
            int holding = offSince ? 0 : CAPACITY;
            seats.put(agentId(n), agent(n, offSince ? Presence.OFFLINE : Presence.ONLINE, holding, random));
        }
        List<Conversation> queue = new ArrayList<>(IntStream.range(0, queued)
                .mapToObj(n -> waiting("waiting-" + n, n, random)).toList());
        queue.sort(Conversation.DRAIN_ORDER);
        List<Conversation> announced = IntStream.range(0, queue.size())
                .mapToObj(index -> announced(queue.get(index), index + 1)).toList();
        return floor(seats, announced, queued);
    }

    /** Every agent online holding half their capacity, nobody waiting: a new conversation is assigned at once. */
    public static WorkspaceRouting roomyFloor(int agents) {
        RandomGenerator random = new SplittableRandom(11);
        TreeMap<String, Agent> seats = new TreeMap<>();
        for (int n = 0; n < agents; n++) {
            seats.put(agentId(n), agent(n, Presence.ONLINE, CAPACITY / 2, random));
        }
        return floor(seats, List.of(), 0);
    }

    static String agentId(int n) {
        return "agent-%04d".formatted(n);
    }

    /** A realistic mix: mostly normal priority, a few urgent; one in three is email; most ask for a team. */
    static Priority priority(RandomGenerator random) {
        int draw = random.nextInt(100);
        return draw < 5 ? Priority.URGENT : draw < 20 ? Priority.HIGH : draw < 90 ? Priority.NORMAL : Priority.LOW;
    }

    static Channel channel(RandomGenerator random) {
        return random.nextInt(3) == 0 ? Channel.EMAIL : CHAT_LIKE[random.nextInt(CHAT_LIKE.length)];
    }

    static @Nullable String team(RandomGenerator random) {
        return random.nextInt(5) < 3 ? TEAMS.get(random.nextInt(TEAMS.size())) : null;
    }

    static List<String> requiredSkills(RandomGenerator random) {
        int draw = random.nextInt(20);
        return draw < 4 ? List.of("es") : draw == 4 ? List.of("fr") : List.of();
    }

    private static WorkspaceRouting floor(TreeMap<String, Agent> seats, List<Conversation> queue, int queued) {
        long held = seats.values().stream().mapToLong(agent -> agent.held().size()).sum();
        List<Instant> recent = IntStream.range(0, WorkspaceRouting.RECENT)
                .mapToObj(k -> NOW.minusSeconds(3L * (WorkspaceRouting.RECENT - k))).toList();
        return new WorkspaceRouting(WORKSPACE, RoutingPolicy.defaults(), seats, queue, held + queued, Map.of(),
                recent, 250_000);
    }

    private static Agent agent(int n, Presence presence, int holding, RandomGenerator random) {
        List<String> teams = random.nextBoolean() ? List.of(TEAMS.get(n % 4))
                : List.of(TEAMS.get(n % 4), TEAMS.get((n + 1) % 4)).stream().sorted().toList();
        List<String> skills = random.nextInt(10) < 3 ? List.of("en", "es")
                : random.nextInt(10) == 0 ? List.of("en", "fr") : List.of("en");
        List<Conversation> held = IntStream.range(0, holding)
                .mapToObj(k -> heldChat("held-" + n + "-" + k, teams.get(0), random)).toList();
        Instant since = NOW.minusSeconds(600 + random.nextInt(3_600));
        return new Agent(agentId(n), presence, since, null, CAPACITY, Map.of(), teams, skills, held,
                holding == 0 ? null : NOW.minusSeconds(random.nextInt(600)));
    }

    private static Conversation heldChat(String id, String team, RandomGenerator random) {
        return new Conversation(id, CHAT_LIKE[random.nextInt(CHAT_LIKE.length)], priority(random), team, List.of(),
                null, null, NOW.minusSeconds(random.nextInt(3_600)), 0, uuid(random), RoutingPolicy.WHOLE, 0, null,
                null);
    }

    private static Conversation waiting(String id, long arrival, RandomGenerator random) {
        return new Conversation(id, channel(random), priority(random), team(random), requiredSkills(random), null,
                null, NOW.minusSeconds(random.nextInt(1_800)), arrival, uuid(random), 0, 0, null, null);
    }

    private static Conversation announced(Conversation waiting, int position) {
        return new Conversation(waiting.conversationId(), waiting.channel(), waiting.priority(), waiting.team(),
                waiting.requiredSkills(), null, null, waiting.waitingSince(), waiting.arrival(), waiting.requestId(),
                0, position, null, null);
    }

    static UUID uuid(RandomGenerator random) {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
