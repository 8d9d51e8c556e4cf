package dev.switchboard.local;

import dev.switchboard.embedded.EventTopics;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar switchboard-local/target/switchboard-local.jar}: starts everything, prints how to reach it, and
 * stays in the foreground until Ctrl-C, which stops everything cleanly.
 */
public final class SwitchboardLocal {

    private static final Logger banner = LoggerFactory.getLogger("switchboard.banner");

    private SwitchboardLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("tail")) {
            tail(java.util.Arrays.asList(args).subList(1, args.length));
            return;
        }
        LocalSettings settings = LocalSettings.fromArgs(args);
        long started = System.nanoTime();
        banner.info("Starting Switchboard: Kafka, store and four services (data in {})...", settings.dataDir());
        LocalStack stack = LocalStack.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            banner.info("Stopping Switchboard...");
            stack.close();
            banner.info("Stopped.");
            stopped.countDown();
        }, "switchboard-local-stop"));
        banner.info(DemoWorkspace.describe(stack, Duration.ofNanos(System.nanoTime() - started)));
        stopped.await();
    }

    /** {@code tail [--bootstrap=127.0.0.1:9092] [topic...]}: prints every record until Ctrl-C. */
    private static void tail(java.util.List<String> args) {
        String bootstrap = args.stream().filter(a -> a.startsWith("--bootstrap=")).map(a -> a.substring(12))
                .findFirst().orElse("127.0.0.1:9092");
        java.util.List<String> topics = args.stream().filter(a -> !a.startsWith("--")).toList();
        EventTopics.read(bootstrap, topics, e -> banner.info("{}[{}]@{} key={} type={}\n  {}", e.topic(), e.partition(),
                e.offset(), e.key(), e.ceType(), e.json()), () -> false, Duration.ofDays(365));
    }
}
