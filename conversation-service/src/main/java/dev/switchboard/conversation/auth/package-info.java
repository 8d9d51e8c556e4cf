/** Agent sign-in and bearer-token security, so every request is scoped to one agent of one workspace. */
@NullMarked
package dev.switchboard.conversation.auth;

import org.jspecify.annotations.NullMarked;
