/** A read-only HTTP view of the routing state this instance holds, answered from its local state store. */
@NullMarked
package dev.switchboard.routing.view;

import org.jspecify.annotations.NullMarked;
