/** The Kafka edge: consumers of inbound messages and routing decisions, and the publisher of derived events. */
@NullMarked
package dev.switchboard.conversation.messaging;

import org.jspecify.annotations.NullMarked;
