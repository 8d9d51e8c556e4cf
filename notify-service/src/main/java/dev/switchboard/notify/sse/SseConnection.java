package dev.switchboard.notify.sse;

import dev.switchboard.notify.push.FrameSink;
import dev.switchboard.notify.push.PushFrame;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One SSE response as a frame sink: frames are queued and written by a writer thread, never by the Kafka consumer
 * that offers them, so a slow client costs its own queue only; a full queue or a failed write ends the response.
 */
final class SseConnection implements FrameSink {

    private static final Logger log = LoggerFactory.getLogger(SseConnection.class);

    private final String id;
    private final SseEmitter emitter;
    private final Executor writer;
    private final int queueLimit;
    private final Consumer<SseConnection> onEnd;
    private final Queue<SseEventBuilder> queue = new ArrayDeque<>();
    private boolean writing;
    private boolean closed;

    /** @param onEnd run once when the response ends, whichever way */
    SseConnection(String id, SseEmitter emitter, Executor writer, int queueLimit, Consumer<SseConnection> onEnd) {
        this.id = id;
        this.emitter = emitter;
        this.writer = writer;
        this.queueLimit = queueLimit;
        this.onEnd = onEnd;
    }

    String id() {
        return id;
    }

    @Override
    public boolean send(PushFrame frame) {
        return enqueue(SseEmitter.event().id(frame.position()).name(frame.type()).data(frame.json()));
    }

    /** A comment line: keeps proxies from timing the response out, and finds a client that has gone. */
    void heartbeat() {
        enqueue(SseEmitter.event().comment("heartbeat"));
    }

    @Override
    public void close() {
        if (ended()) {
            emitter.complete();
        }
    }

    /** The response ended (closed by us, client gone, timeout, error): nothing more is queued; true the first time. */
    boolean ended() {
        synchronized (this) {
            if (closed) {
                return false;
            }
            closed = true;
            queue.clear();
        }
        onEnd.accept(this);
        return true;
    }

    private boolean enqueue(SseEventBuilder event) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (queue.size() < queueLimit) {
                queue.add(event);
                if (!writing) {
                    writing = true;
                    writer.execute(this::write);
                }
                return true;
            }
        }
        log.info("dropping SSE stream {} that fell behind", id);
        close();
        return false;
    }

    private void write() {
        while (true) {
            SseEventBuilder next;
            synchronized (this) {
                next = queue.poll();
                if (next == null) {
                    writing = false;
                    return;
                }
            }
            try {
                emitter.send(next);
            } catch (IOException | IllegalStateException e) {
                log.debug("SSE stream {} gone: {}", id, e.toString());
                ended();
            }
        }
    }
}
