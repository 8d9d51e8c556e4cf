package dev.switchboard.notify.delivery.provider;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Why one provider request did not carry a reply, classified once, where the provider's answer is read, so that the
 * retry, the circuit breaker and the dead-letter park all agree on what it means.
 */
public final class ProviderFailure extends RuntimeException {

    /** What a failure says about the next try. */
    public enum Kind {
        /** The provider is unwell or unreachable (timeout, connection error, 5xx): retried, and counts against it. */
        TRANSIENT,
        /** The provider asks us to slow down (429 or its rate-limit codes): retried after its Retry-After. */
        THROTTLED,
        /** The request itself is refused (recipient, credentials, policy): never retried, parked at once. */
        PERMANENT
    }

    private final String provider;
    private final Kind kind;
    private final @Nullable Integer status;
    private final @Nullable String code;
    private final String detail;
    private final @Nullable Duration retryAfter;

    /**
     * @param status the HTTP status (or SMTP reply code) the provider answered, {@code null} when it did not answer
     * @param code the provider's own error code ({@code 21211}, {@code 131026}), when it gave one
     * @param detail the provider's message, as it wrote it
     */
    public ProviderFailure(String provider, Kind kind, @Nullable Integer status, @Nullable String code, String detail,
            @Nullable Duration retryAfter) {
        super(provider + " " + kind + ": " + detail, null, false, false);
        this.provider = provider;
        this.kind = kind;
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.retryAfter = retryAfter;
    }

    /** The provider did not answer in time, or could not be reached at all. */
    public static ProviderFailure unanswered(String provider, String detail) {
        return new ProviderFailure(provider, Kind.TRANSIENT, null, null, detail, null);
    }

    /** The kind an HTTP status means when the provider's body says nothing more specific. */
    public static Kind kindOf(int status) {
        if (status == 429) {
            return Kind.THROTTLED;
        }
        return status == 408 || status >= 500 ? Kind.TRANSIENT : Kind.PERMANENT;
    }

    public String provider() {
        return provider;
    }

    public Kind kind() {
        return kind;
    }

    public @Nullable Integer status() {
        return status;
    }

    public @Nullable String code() {
        return code;
    }

    public String detail() {
        return detail;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }

    /** What an agent or operator reads: provider, its code and status, its words. */
    public String reason() {
        return reason(provider, code, status, detail);
    }

    /** The same reading for a try on record. */
    public static String reason(String provider, @Nullable String code, @Nullable Integer status,
            @Nullable String detail) {
        StringBuilder reason = new StringBuilder(provider);
        if (code != null) {
            reason.append(" error ").append(code);
        }
        if (status != null) {
            reason.append(" (status ").append(status).append(')');
        }
        return reason.append(": ").append(detail).toString();
    }
}
