/** ingest-service: receives customer messages from each channel, normalises them, and publishes them to Kafka. */
@NullMarked
package dev.switchboard.ingest;

import org.jspecify.annotations.NullMarked;
