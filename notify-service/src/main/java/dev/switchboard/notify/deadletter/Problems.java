package dev.switchboard.notify.deadletter;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problem details the admin API answers errors with, each with a stable {@code type} URI. */
public final class Problems {

    public static final String TYPE_BASE = "https://switchboard.dev/problems/";

    private Problems() {
    }

    /** A problem of type {@code https://switchboard.dev/problems/<slug>}, rendered by Spring MVC when thrown. */
    public static ErrorResponseException of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
