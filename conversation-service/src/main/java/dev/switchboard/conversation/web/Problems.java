package dev.switchboard.conversation.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Builds the RFC 9457 problem details every client error leaves as, each with a stable {@code type} URI. */
public final class Problems {

    public static final String TYPE_BASE = "https://switchboard.dev/problems/";

    private Problems() {
    }

    /** A problem of type {@code https://switchboard.dev/problems/<slug>}, rendered by Spring MVC when thrown. */
    public static ErrorResponseException of(HttpStatus status, String slug, String title, String detail) {
        return new ErrorResponseException(status, detail(status, slug, title, detail), null);
    }

    public static ProblemDetail detail(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    /** A 400 {@code invalid-request} naming {@code field}, shaped like a bean validation failure. */
    public static ErrorResponseException invalidField(String field, String message) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, invalid(List.of(Map.of("field", field,
                "message", message))), null);
    }

    /** The 400 {@code invalid-request} problem listing each bad field and what is wrong with it. */
    public static ProblemDetail invalid(List<Map<String, String>> errors) {
        String detail = String.join("; ", errors.stream()
                .map(error -> error.get("field") + ": " + error.get("message")).toList());
        ProblemDetail problem = detail(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
