/** Micrometer metrics of routing: queues, waits, assignments, latency, occupancy, overrides and rejections. */
@NullMarked
package dev.switchboard.routing.metrics;

import org.jspecify.annotations.NullMarked;
