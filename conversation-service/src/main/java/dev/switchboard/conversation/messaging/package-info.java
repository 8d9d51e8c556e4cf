/** The Kafka edge: consumers, the publisher, and the outbox that keeps a change's events until Kafka has them. */
@NullMarked
package dev.switchboard.conversation.messaging;

import org.jspecify.annotations.NullMarked;
