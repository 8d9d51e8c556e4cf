/** The live floor view for supervisors: agents, loads and the queue, answered from the routing state stores. */
@NullMarked
package dev.switchboard.routing.floor;

import org.jspecify.annotations.NullMarked;
