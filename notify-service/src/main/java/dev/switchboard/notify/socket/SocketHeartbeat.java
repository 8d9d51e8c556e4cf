package dev.switchboard.notify.socket;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * Pings every open socket (agents' and visitors') at each interval and closes those that have not answered within
 * the timeout: a client whose network vanished never says goodbye, and would otherwise stay registered, counted as
 * present, with frames written into nowhere.
 */
@Component
class SocketHeartbeat implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SocketHeartbeat.class);
    /** Close code for a client that stopped answering pings (4000-4999: for applications). */
    static final CloseStatus NO_PONG = new CloseStatus(4408, "no pong within the heartbeat timeout");

    private final List<SocketRegistry<?>> registries;
    private final long timeoutNanos;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "socket-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    SocketHeartbeat(List<SocketRegistry<?>> registries, HeartbeatProperties properties) {
        this.registries = registries;
        this.timeoutNanos = properties.timeout().toNanos();
        long interval = properties.interval().toMillis();
        scheduler.scheduleAtFixedRate(this::beat, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            long now = System.nanoTime();
            registries.forEach(registry -> registry.forEach(socket -> socket.ping(now)));
            scheduler.schedule(() -> closeSilent(now), timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (RuntimeException e) {
            log.warn("heartbeat failed: {}", e.toString());
        }
    }

    /** Closes every socket that still owes the pong for a ping sent at or before {@code pingedBy}. */
    private void closeSilent(long pingedBy) {
        registries.forEach(registry -> registry.forEach(socket -> {
            if (socket.silentSince(pingedBy)) {
                log.info("closing socket {}: no pong within the heartbeat timeout", socket.id());
                socket.close(NO_PONG);
            }
        }));
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
