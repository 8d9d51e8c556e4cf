package dev.switchboard.bench.endtoend;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What one end-to-end routing run does, from {@code --name=value} arguments.
 *
 * @param rate routing requests a second to offer; 0 offers as many as the stack takes (with at most
 *     {@code maxInFlight} unanswered), to find the sustained maximum
 * @param workspaces how many workspaces share the load (spread over routing-inputs' partitions)
 * @param agents online agents per workspace
 * @param capacity each agent's capacity (6 is the product's default; a throughput run raises it so that the floor
 *     never fills while answers are in flight, which would measure the queue rather than routing)
 */
record LoadSettings(int rate, Duration warmUp, Duration measured, int workspaces, int agents, int capacity,
        int streamThreads, int maxInFlight, int commitIntervalMs) {

    static LoadSettings parse(String[] args) {
        Map<String, String> named = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            named.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        return new LoadSettings(Integer.parseInt(named.getOrDefault("rate", "2000")),
                Duration.ofSeconds(Long.parseLong(named.getOrDefault("warm-up", "10"))),
                Duration.ofSeconds(Long.parseLong(named.getOrDefault("seconds", "30"))),
                Integer.parseInt(named.getOrDefault("workspaces", "6")),
                Integer.parseInt(named.getOrDefault("agents", "200")),
                Integer.parseInt(named.getOrDefault("capacity", "6")),
                Integer.parseInt(named.getOrDefault("stream-threads", "1")),
                Integer.parseInt(named.getOrDefault("max-in-flight", "20000")),
                Integer.parseInt(named.getOrDefault("commit-interval-ms", "20")));
    }

    String workspace(long n) {
        return "load-" + (n % workspaces);
    }
}
