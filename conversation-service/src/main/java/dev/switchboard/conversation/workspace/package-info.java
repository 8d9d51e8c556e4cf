/** A workspace's own settings, kept by its admins: time zone, business hours, holidays, reopen window, auto-replies. */
@NullMarked
package dev.switchboard.conversation.workspace;

import org.jspecify.annotations.NullMarked;
