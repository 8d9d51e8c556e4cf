/** What every provider call shares: bounded HTTP, failure classes, retry, circuit breaker, rate limit and bulkhead. */
@NullMarked
package dev.switchboard.notify.delivery.provider;

import org.jspecify.annotations.NullMarked;
