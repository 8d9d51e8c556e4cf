/** The routing decision core in plain Java, so the rules can be read, unit-tested and benchmarked without Kafka. */
@NullMarked
package dev.switchboard.routing.engine;

import org.jspecify.annotations.NullMarked;
