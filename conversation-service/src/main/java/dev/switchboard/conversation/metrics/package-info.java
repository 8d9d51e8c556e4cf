/** Conversation metrics: wait, first-response and resolution times and agent replies, stored and as histograms. */
@NullMarked
package dev.switchboard.conversation.metrics;

import org.jspecify.annotations.NullMarked;
