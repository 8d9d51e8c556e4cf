package dev.switchboard.notify.delivery.webchat;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.notify.socket.SocketRegistry;
import org.springframework.stereotype.Component;

/**
 * A web chat reply reaches the visitor's widget on whichever instance it is connected to: every instance reads
 * {@code outbound-webchat} for itself and shows the reply on the widgets it holds ({@link #show}), once per message
 * id; the one instance that records the delivery asks whether any instance holds a widget ({@link #deliver}).
 */
@Component
public class WebchatDelivery {

    private final SocketRegistry<VisitorKey> visitorSockets;
    private final VisitorWidgets widgets;
    private final ShownReplies shown;

    WebchatDelivery(SocketRegistry<VisitorKey> visitorSockets, VisitorWidgets widgets, ShownReplies shown) {
        this.visitorSockets = visitorSockets;
        this.widgets = widgets;
        this.shown = shown;
    }

    /**
     * True when an instance already showed the reply ({@link #show} may read it first), or a widget of the visitor
     * is open on a running instance, which will.
     */
    public boolean deliver(AgentReplied reply) {
        VisitorKey visitor = keyOf(reply);
        return widgets.shown(visitor, reply.messageId()) || widgets.openAnywhere(visitor);
    }

    /** Writes the reply to every widget the visitor has open here (one per tab), unless it was shown already. */
    public void show(AgentReplied reply) {
        VisitorKey visitor = keyOf(reply);
        if (visitorSockets.holds(visitor) && shown.firstShowing(visitor, reply.messageId())) {
            widgets.showing(visitor, reply.messageId());
            visitorSockets.send(visitor, VisitorFrame.of(reply));
        }
    }

    private static VisitorKey keyOf(AgentReplied reply) {
        return new VisitorKey(reply.workspaceId(), reply.inboxId(), reply.recipient());
    }
}
