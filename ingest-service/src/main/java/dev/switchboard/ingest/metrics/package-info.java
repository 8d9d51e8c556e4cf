/** What ingest counts, shared by every channel adapter so each channel reports the same way. */
@NullMarked
package dev.switchboard.ingest.metrics;

import org.jspecify.annotations.NullMarked;
