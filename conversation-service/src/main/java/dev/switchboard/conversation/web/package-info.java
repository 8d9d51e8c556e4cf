/** The API's edges: RFC 9457 problems with stable types, the patterns ids must match, cursor pages. */
@NullMarked
package dev.switchboard.conversation.web;

import org.jspecify.annotations.NullMarked;
