/** A conversation's history: inbound and outbound messages, stored once each, and agents' replies. */
@NullMarked
package dev.switchboard.conversation.message;

import org.jspecify.annotations.NullMarked;
