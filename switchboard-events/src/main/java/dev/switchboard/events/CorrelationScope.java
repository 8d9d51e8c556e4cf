package dev.switchboard.events;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The correlation id of the record or request being handled, in the logging MDC under {@link #MDC_KEY}: every log
 * line of the work shows it, and every event published meanwhile carries it on as {@code ce_correlationid}, so one
 * customer message can be followed through every service's logs.
 */
public final class CorrelationScope {

    public static final String MDC_KEY = "correlationId";

    private CorrelationScope() {
    }

    /** Runs {@code work} with the {@code ce_correlationid} of a consumed record's {@code headers}, if it has one. */
    public static void within(Map<String, ?> headers, Runnable work) {
        String id = CloudEventHeaders.correlationIdIn(headers).orElse(null);
        if (id == null) {
            work.run();
            return;
        }
        MDC.put(MDC_KEY, id);
        try {
            work.run();
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The id of the work in progress on this thread, if any. */
    public static @Nullable String current() {
        return MDC.get(MDC_KEY);
    }
}
