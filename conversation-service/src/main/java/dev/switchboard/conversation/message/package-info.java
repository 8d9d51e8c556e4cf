/** A conversation's history: customer messages and agents' replies, stored once each, and agents' private notes. */
@NullMarked
package dev.switchboard.conversation.message;

import org.jspecify.annotations.NullMarked;
