/** The Kafka edge: consumers of conversation events, replies and provider receipts; publisher of delivery events. */
@NullMarked
package dev.switchboard.notify.messaging;

import org.jspecify.annotations.NullMarked;
