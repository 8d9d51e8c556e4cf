/** Who is on the other end of a socket: agent and visitor tokens, verified with shared HS256 secrets. */
@NullMarked
package dev.switchboard.notify.security;

import org.jspecify.annotations.NullMarked;
