/** Business hours: whether a team is open at an instant, and the auto-reply to customers writing while it is not. */
@NullMarked
package dev.switchboard.conversation.hours;

import org.jspecify.annotations.NullMarked;
