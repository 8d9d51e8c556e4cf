package dev.switchboard.notify.delivery.webchat;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.notify.socket.SocketRegistry;
import org.springframework.stereotype.Component;

/** Hands a reply to every widget the visitor has open on this instance (one per browser tab). */
@Component
public class WebchatDelivery {

    private final SocketRegistry<VisitorKey> visitorSockets;

    WebchatDelivery(SocketRegistry<VisitorKey> visitorSockets) {
        this.visitorSockets = visitorSockets;
    }

    /** True when at least one of the visitor's sockets took the frame. */
    public boolean deliver(AgentReplied reply) {
        var visitor = new VisitorKey(reply.workspaceId(), reply.inboxId(), reply.recipient());
        return visitorSockets.holds(visitor) && visitorSockets.send(visitor, VisitorFrame.of(reply)) > 0;
    }
}
