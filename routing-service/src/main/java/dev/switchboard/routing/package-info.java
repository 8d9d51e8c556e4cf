/** routing-service. */
@NullMarked
package dev.switchboard.routing;

import org.jspecify.annotations.NullMarked;
