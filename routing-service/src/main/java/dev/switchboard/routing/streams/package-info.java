/** Kafka Streams wiring that feeds routing inputs through the decision core with exactly-once state and output. */
@NullMarked
package dev.switchboard.routing.streams;

import org.jspecify.annotations.NullMarked;
