package dev.switchboard.local;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the local stack keeps its data, where the built service jars are, and which ports it uses.
 *
 * @param home the repository root, holding each service's {@code target/*-exec.jar}
 * @param dataDir Kafka log, store files, routing state and service logs; kept across restarts
 * @param jvmOptions options for each service JVM
 */
record LocalSettings(Path home, Path dataDir, int kafkaPort, int mongoPort, Map<Service, Integer> ports,
        List<String> jvmOptions) {

    static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xss512k");

    LocalSettings {
        ports = Map.copyOf(ports);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** Reads {@code --key=value} options; anything not given takes its local default. */
    static LocalSettings fromArgs(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --key=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Path home = Path.of(options.getOrDefault("home", ".")).toAbsolutePath().normalize();
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, Integer.parseInt(options.getOrDefault(service.portOption(),
                    String.valueOf(service.defaultPort()))));
        }
        List<String> jvm = options.containsKey("service.jvm-options")
                ? List.of(options.get("service.jvm-options").trim().split("\\s+"))
                : DEFAULT_JVM_OPTIONS;
        return new LocalSettings(home, home.resolve(options.getOrDefault("data-dir", "data")).normalize(),
                Integer.parseInt(options.getOrDefault("kafka.port", "9092")),
                Integer.parseInt(options.getOrDefault("mongo.port", "27017")), ports, jvm);
    }

    int port(Service service) {
        return ports.get(service);
    }
}
