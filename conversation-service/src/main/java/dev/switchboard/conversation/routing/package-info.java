/** The workspace's routing policy: set by admins here, carried out by routing-service. */
@NullMarked
package dev.switchboard.conversation.routing;

import org.jspecify.annotations.NullMarked;
