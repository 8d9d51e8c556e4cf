package dev.switchboard.ingest.email;

/** A posted message that cannot become a customer's email; the message says what is wrong, for the relay's log. */
final class MalformedEmail extends IllegalArgumentException {

    MalformedEmail(String problem) {
        super(problem);
    }

    MalformedEmail(String problem, Throwable cause) {
        super(problem, cause);
    }
}
