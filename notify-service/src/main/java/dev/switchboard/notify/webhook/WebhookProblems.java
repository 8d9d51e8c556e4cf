package dev.switchboard.notify.webhook;

import dev.switchboard.notify.deadletter.Problems;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The webhook API's client errors as RFC 9457 problems, as conversation-service answers them: an invalid request
 * names each field and what is wrong with it ({@code errors}), an unreadable body is {@code malformed-request}.
 */
@RestControllerAdvice(basePackageClasses = WebhookProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookProblems {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException exception) {
        return invalidRequest(exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail malformed(HttpMessageNotReadableException exception) {
        return detail(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request body is not valid JSON of the expected shape.");
    }

    /** An invalid request, naming the one field at fault. */
    static ErrorResponseException invalid(String field, String message) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                invalidRequest(List.of(Map.of("field", field, "message", message))), null);
    }

    static ErrorResponseException endpointNotFound(String id) {
        return Problems.of(HttpStatus.NOT_FOUND, "webhook-endpoint-not-found", "Webhook endpoint not found",
                "No webhook endpoint " + id + " in this workspace.");
    }

    private static ProblemDetail invalidRequest(List<Map<String, String>> errors) {
        ProblemDetail problem = detail(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", errors.stream()
                .map(error -> error.get("field") + ": " + error.get("message")).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail detail(HttpStatus status, String slug, String title, String detail) {
        return Problems.of(status, slug, title, detail).getBody();
    }
}
