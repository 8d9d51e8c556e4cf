package dev.switchboard.ingest.webchat;

/** The shape of a visitor id: it becomes the thread's handle and a Kafka key, so it stays short and URL-safe. */
final class VisitorIds {

    static final String PATTERN = "[A-Za-z0-9._:-]{1,128}";
    static final String RULE = "must be 1-128 characters of A-Z a-z 0-9 . _ : -";

    private VisitorIds() {
    }
}
