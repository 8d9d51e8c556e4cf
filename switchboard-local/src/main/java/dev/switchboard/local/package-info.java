/** The whole platform on one machine with only a JDK: embedded Kafka and Mongo, the four services, the demo workspace. */
@NullMarked
package dev.switchboard.local;

import org.jspecify.annotations.NullMarked;
