/** The conversation lifecycle: threading customer messages into one open conversation per thread, assignment and resolution. */
@NullMarked
package dev.switchboard.conversation.conversation;

import org.jspecify.annotations.NullMarked;
