package dev.switchboard.ingest.webchat;

/** The 202 answer: Kafka has the message under this id. */
record MessageAccepted(String messageId) {
}
