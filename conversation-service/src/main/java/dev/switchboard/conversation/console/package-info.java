/** The agent console's one server-side part: telling the static console where notify and routing are. */
@NullMarked
package dev.switchboard.conversation.console;

import org.jspecify.annotations.NullMarked;
