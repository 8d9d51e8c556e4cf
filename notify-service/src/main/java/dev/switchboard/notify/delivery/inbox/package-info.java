/** Which provider account carries each inbox's replies, as configured per deployment. */
@NullMarked
package dev.switchboard.notify.delivery.inbox;

import org.jspecify.annotations.NullMarked;
