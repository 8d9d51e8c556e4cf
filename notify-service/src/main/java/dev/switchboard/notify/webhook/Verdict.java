package dev.switchboard.notify.webhook;

import org.jspecify.annotations.Nullable;

/** What an attempt's answer means, as Standard Webhooks suggests reading HTTP status codes. */
enum Verdict {
    /** 2xx. */
    SUCCEEDED,
    /** 410: the receiver wants no more; the endpoint is disabled. */
    GONE,
    /** 429, 502, 504: the receiver is overloaded; the whole endpoint slows down. */
    THROTTLED,
    /** Anything else, redirects and no answer at all included: retried on the schedule. */
    FAILED;

    static Verdict of(@Nullable Integer status) {
        if (status == null) {
            return FAILED;
        }
        if (status >= 200 && status < 300) {
            return SUCCEEDED;
        }
        return switch (status) {
            case 410 -> GONE;
            case 429, 502, 504 -> THROTTLED;
            default -> FAILED;
        };
    }
}
