/** How errors reach clients: RFC 9457 problem details whose {@code type} never changes, so clients can branch on it. */
@NullMarked
package dev.switchboard.ingest.web;

import org.jspecify.annotations.NullMarked;
