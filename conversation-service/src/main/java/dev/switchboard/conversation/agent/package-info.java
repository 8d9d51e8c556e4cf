/** Agents of a workspace: who they are, their role and capacity, and the presence they announce to routing. */
@NullMarked
package dev.switchboard.conversation.agent;

import org.jspecify.annotations.NullMarked;
