package dev.switchboard.notify.delivery.webchat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The replies lately shown to each visitor whose widgets are open here, by message id: the same reply read again
 * (a redelivery, a replay of a parked reply, a producer's retry) is not shown twice. Kept only while the visitor has a
 * widget here; a widget that reconnects loads the history, which the widget merges by message id.
 */
final class ShownReplies {

    /** How many recent replies per visitor are remembered; far more than a conversation has in flight. */
    static final int REMEMBERED = 256;

    private final ConcurrentMap<VisitorKey, Set<String>> shown = new ConcurrentHashMap<>();

    /** True the first time this reply is offered for this visitor, false for every repeat. */
    boolean firstShowing(VisitorKey visitor, String messageId) {
        return shown.computeIfAbsent(visitor, key -> Collections.synchronizedSet(Collections.newSetFromMap(
                new LinkedHashMap<String, Boolean>(16, 0.75f, false) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                        return size() > REMEMBERED;
                    }
                }))).add(messageId);
    }

    void forget(VisitorKey visitor) {
        shown.remove(visitor);
    }
}
