/** Replies carried out to the customer's channel, each ending in a delivered or failed outcome. */
@NullMarked
package dev.switchboard.notify.delivery;

import org.jspecify.annotations.NullMarked;
