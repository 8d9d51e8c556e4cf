/** notify-service. */
@NullMarked
package dev.switchboard.notify;

import org.jspecify.annotations.NullMarked;
