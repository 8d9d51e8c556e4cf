/** The website chat entry: visitors open a session, get a signed token, and post messages that land on Kafka. */
@NullMarked
package dev.switchboard.ingest.webchat;

import org.jspecify.annotations.NullMarked;
