/** The conversation life cycle (open, snoozed, resolved, reopened), threading, the queue, routing's decisions. */
@NullMarked
package dev.switchboard.conversation.conversation;

import org.jspecify.annotations.NullMarked;
