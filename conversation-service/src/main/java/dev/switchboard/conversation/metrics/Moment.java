package dev.switchboard.conversation.metrics;

/**
 * A moment of a conversation's life that is measured from its opening, once: where it is kept on the conversation
 * document ({@code metrics.<at>}, {@code metrics.<elapsed>}) and the timer it is recorded in.
 */
enum Moment {
    /** Routing first gave it to an agent: how long the customer waited in the queue. */
    FIRST_ASSIGNMENT("firstAssignedAt", "waitMillis", "switchboard.conversation.wait", "its first assignment"),
    /** An agent first replied. */
    FIRST_RESPONSE("firstResponseAt", "firstResponseMillis", "switchboard.conversation.first-response",
            "an agent's first reply"),
    /** It was resolved. */
    RESOLUTION("resolvedAt", "resolutionMillis", "switchboard.conversation.resolution", "its resolution");

    final String atField;
    final String elapsedField;
    final String meter;
    final String description;

    Moment(String atField, String elapsedField, String meter, String until) {
        this.atField = "metrics." + atField;
        this.elapsedField = "metrics." + elapsedField;
        this.meter = meter;
        this.description = "Time from a conversation's opening to " + until;
    }
}
