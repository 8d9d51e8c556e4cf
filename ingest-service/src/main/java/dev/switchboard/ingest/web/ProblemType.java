package dev.switchboard.ingest.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The catalogue of client errors ingest-service answers with, so each keeps one stable {@code type} URI. */
public enum ProblemType {

    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request"),
    INVALID_VISITOR_TOKEN(HttpStatus.UNAUTHORIZED, "invalid-visitor-token", "Missing or invalid visitor token"),
    VISITOR_TOKEN_MISMATCH(HttpStatus.FORBIDDEN, "visitor-token-mismatch", "Visitor token not valid here"),
    INVALID_SIGNATURE(HttpStatus.UNAUTHORIZED, "invalid-signature", "Missing or invalid webhook signature"),
    VERIFICATION_FAILED(HttpStatus.FORBIDDEN, "verification-failed", "Webhook verification failed"),
    INBOX_NOT_FOUND(HttpStatus.NOT_FOUND, "inbox-not-found", "Inbox not found"),
    CONTENT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests for this inbox"),
    PUBLISHING_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "publishing-unavailable", "Message not accepted, retry");

    static final String BASE = "https://switchboard.dev/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public URI type() {
        return URI.create(BASE + slug);
    }

    /** The last segment of the type URI: short, stable, and safe as a metric tag. */
    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemDetail detail(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type());
        problem.setTitle(title);
        return problem;
    }

    /** An exception Spring MVC renders as this problem. */
    public ErrorResponseException exception(String detail) {
        return new ErrorResponseException(status, detail(detail), null);
    }

    public ErrorResponseException exception(String detail, Throwable cause) {
        return new ErrorResponseException(status, detail(detail), cause);
    }

    /** A stable type for statuses Spring raises itself (405, 415, ...), named after the reason phrase. */
    static URI typeForStatus(int statusCode) {
        HttpStatus status = HttpStatus.resolve(statusCode);
        String slug = status == null ? "status-" + statusCode : status.name().toLowerCase().replace('_', '-');
        return URI.create(BASE + slug);
    }
}
