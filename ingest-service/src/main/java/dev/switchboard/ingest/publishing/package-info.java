/** Puts inbound events on Kafka and waits for the broker's acknowledgement, so no accepted message can be lost. */
@NullMarked
package dev.switchboard.ingest.publishing;

import org.jspecify.annotations.NullMarked;
