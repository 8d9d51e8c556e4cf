/** What the web chat widget script (static {@code /webchat/widget.js}) asks before it connects: where to listen. */
@NullMarked
package dev.switchboard.ingest.webchat.widget;

import org.jspecify.annotations.NullMarked;
