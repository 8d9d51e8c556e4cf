/** conversation-service. */
@NullMarked
package dev.switchboard.conversation;

import org.jspecify.annotations.NullMarked;
