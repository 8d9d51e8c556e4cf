/** JMH benchmarks of the event codec every service runs on each record it publishes or consumes. */
@NullMarked
package dev.switchboard.bench.events;

import org.jspecify.annotations.NullMarked;
