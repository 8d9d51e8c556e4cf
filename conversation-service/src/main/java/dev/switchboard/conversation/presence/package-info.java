/** Agents' presence as their chosen status and their live UI connections make it, told to routing as it changes. */
@NullMarked
package dev.switchboard.conversation.presence;

import org.jspecify.annotations.NullMarked;
