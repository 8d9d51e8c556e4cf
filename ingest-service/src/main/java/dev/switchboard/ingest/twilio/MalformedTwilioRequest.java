package dev.switchboard.ingest.twilio;

/** A Twilio request whose form cannot become a message; names the offending parameter so the answer can say it. */
final class MalformedTwilioRequest extends IllegalArgumentException {

    private final String field;

    MalformedTwilioRequest(String field, String problem) {
        super("'" + field + "' " + problem);
        this.field = field;
    }

    String field() {
        return field;
    }
}
