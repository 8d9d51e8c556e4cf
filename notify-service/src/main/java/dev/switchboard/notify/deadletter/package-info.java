/** Parked replies, listed and replayed by supervisors and admins of their own workspace. */
@NullMarked
package dev.switchboard.notify.deadletter;

import org.jspecify.annotations.NullMarked;
