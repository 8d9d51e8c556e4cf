/** The customers behind each thread, one contact per workspace, inbox and channel handle. */
@NullMarked
package dev.switchboard.conversation.contact;

import org.jspecify.annotations.NullMarked;
