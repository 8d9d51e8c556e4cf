/** Real infrastructure without Docker: a KRaft Kafka broker and a MongoDB wire-protocol server, for local runs and tests. */
@NullMarked
package dev.switchboard.embedded;

import org.jspecify.annotations.NullMarked;
