/** JMH benchmarks of the routing decision core, on a workspace of the size issue 4 sets its target at. */
@NullMarked
package dev.switchboard.bench.routing;

import org.jspecify.annotations.NullMarked;
