package dev.switchboard.notify.push;

/** Where one connection's frames go (a WebSocket, an SSE response); it never blocks the writer for long. */
public interface FrameSink {

    /** Sends or queues the frame; false when the connection is gone or was dropped for falling behind. */
    boolean send(PushFrame frame);

    /** Ends the connection; the client reconnects and resumes from its last position. */
    void close();
}
