/** The Kafka edge: consumers of conversation and outbound events, publisher of delivery outcomes. */
@NullMarked
package dev.switchboard.notify.messaging;

import org.jspecify.annotations.NullMarked;
