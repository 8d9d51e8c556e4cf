package dev.switchboard.notify.socket;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;

/**
 * One client's socket, safe to write from many threads and bounded in send time and buffer, so that a slow or
 * stalled client is closed instead of holding up the Kafka consumer that writes to everyone: a writer finding a send
 * in progress only queues; the writer doing the send waits at most the send time limit, then the client is dropped.
 * It also remembers an unanswered ping, so a client that has silently gone away is found and closed.
 */
public final class ClientSocket {

    private static final Logger log = LoggerFactory.getLogger(ClientSocket.class);

    /** Tomcat's bound on one blocking write (20 s unless set): the thread that holds the write waits no longer. */
    private static final String TOMCAT_BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";
    private static final long NO_PING = Long.MIN_VALUE;

    private final ConcurrentWebSocketSessionDecorator session;
    private final Consumer<ClientSocket> whenEnded;
    private final AtomicBoolean ended = new AtomicBoolean();
    /** {@link System#nanoTime()} of the oldest ping not yet answered, or {@link #NO_PING}. */
    private volatile long unansweredPingSince = NO_PING;

    private ClientSocket(ConcurrentWebSocketSessionDecorator session, Consumer<ClientSocket> whenEnded) {
        this.session = session;
        this.whenEnded = whenEnded;
    }

    /**
     * @param whenEnded run once when the socket ends, whether the client closed it, the container noticed, or we
     *     closed it (a heartbeat timeout, a failed write): the socket stops counting at once, not when the closing
     *     handshake with a client that may be gone completes
     */
    static ClientSocket bounded(WebSocketSession raw, SocketProperties limits, Consumer<ClientSocket> whenEnded) {
        long sendTimeLimit = limits.sendTimeLimit().toMillis();
        if (raw instanceof NativeWebSocketSession nativeSession
                && nativeSession.getNativeSession() instanceof jakarta.websocket.Session container) {
            container.getUserProperties().put(TOMCAT_BLOCKING_SEND_TIMEOUT, sendTimeLimit);
        }
        return new ClientSocket(new ConcurrentWebSocketSessionDecorator(raw, (int) sendTimeLimit,
                (int) limits.sendBufferLimit().toBytes()), whenEnded);
    }

    public String id() {
        return session.getId();
    }

    /** Sends (or queues behind a send in progress); false when the socket is gone or was dropped for falling behind. */
    public boolean send(TextMessage frame) {
        return write(frame);
    }

    public void close() {
        close(CloseStatus.SESSION_NOT_RELIABLE);
    }

    /**
     * Pings the client unless an earlier ping is still unanswered (that one's age is what counts). Marked before the
     * write, since on loopback the pong can come back before the write returns.
     */
    void ping(long nowNanos) {
        if (unansweredPingSince == NO_PING) {
            unansweredPingSince = nowNanos;
            write(new PingMessage(ByteBuffer.allocate(0)));
        }
    }

    void ponged() {
        unansweredPingSince = NO_PING;
    }

    /** Whether a ping sent at or before {@code sentByNanos} is still unanswered. */
    boolean silentSince(long sentByNanos) {
        long since = unansweredPingSince;
        return since != NO_PING && since - sentByNanos <= 0;
    }

    void close(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | IllegalStateException e) {
            log.debug("closing socket {} failed: {}", id(), e.toString());
        } finally {
            ended();
        }
    }

    /** The socket is over for us; the first call (of ours or the container's) lets it go, later ones do nothing. */
    void ended() {
        if (ended.compareAndSet(false, true)) {
            whenEnded.accept(this);
        }
    }

    private boolean write(WebSocketMessage<?> message) {
        if (!session.isOpen()) {
            return false;
        }
        try {
            session.sendMessage(message);
            return true;
        } catch (SessionLimitExceededException e) {
            log.info("dropping socket {} that fell behind: {}", id(), e.getMessage());
            close();
            return false;
        } catch (IOException | IllegalStateException e) {
            log.debug("send to socket {} failed: {}", id(), e.toString());
            close();
            return false;
        }
    }
}
