/** How client errors leave the API: RFC 9457 problem details with stable types. */
@NullMarked
package dev.switchboard.conversation.web;

import org.jspecify.annotations.NullMarked;
